package se.uppsikt.retention.archive;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of candidates and the keyset cursor of the next, null on the last page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidatePage(List<Candidate> items, UUID next) {

    public CandidatePage {
        items = items == null ? List.of() : items;
    }
}
