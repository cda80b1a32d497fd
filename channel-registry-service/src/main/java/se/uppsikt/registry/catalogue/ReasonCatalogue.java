package se.uppsikt.registry.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's own record of moderation-service's reason catalogue in force: only what the register needs (the
 * statutory codes of BBS-lagen 5 § and their Swedish names). No DTO is shared between services.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReasonCatalogue(int version, LocalDate validFrom, List<Reason> reasons) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, String group, String titleSv) {
    }

    /** The codes users must be told they may not post: every statutory (BBS-lagen 5 §) reason in force. */
    public Set<String> statutoryCodes() {
        return reasons.stream().filter(r -> "STATUTORY".equals(r.group())).map(Reason::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The Swedish name of a code, or the code itself when the catalogue does not know it. */
    public String titleOf(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).map(Reason::titleSv).findFirst().orElse(code);
    }
}
