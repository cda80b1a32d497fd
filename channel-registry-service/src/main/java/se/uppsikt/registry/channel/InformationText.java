package se.uppsikt.registry.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.uppsikt.commons.problem.Problem;
import se.uppsikt.registry.catalogue.ReasonCatalogue;

/**
 * The information users must get before a channel opens (BBS-lagen 3 §, E-delegationen guideline 10, requirement
 * 2), checked and, when the administrator has not written one, composed as a Swedish default text.
 */
final class InformationText {

    private InformationText() {
    }

    /** Every missing part, named as the API names it; empty when the channel may open. */
    static List<Problem.FieldError> missing(Channel c, ReasonCatalogue catalogue) {
        List<Problem.FieldError> errors = new ArrayList<>();
        require(errors, c.infoUserInformationUrl, "information.userInformationUrl",
                "the address where the user information is published is required");
        require(errors, c.infoIdentity, "information.identity", "who is responsible for the channel must be stated");
        require(errors, c.purpose, "purpose", "the purpose of the channel must be stated");
        require(errors, c.infoVisibility, "information.visibility",
                "to what extent posts become available to other users must be stated");
        require(errors, c.infoPublicRecord, "information.publicRecord",
                "that posts become allmänna handlingar must be stated");
        List<String> absent = catalogue.statutoryCodes().stream().filter(code -> !c.infoProhibitedCodes.contains(code))
                .toList();
        if (!absent.isEmpty()) {
            errors.add(new Problem.FieldError("information.prohibitedContentCodes",
                    "the prohibited content must include every category of BBS-lagen 5 § in force; missing: "
                            + String.join(", ", absent)));
        }
        require(errors, c.infoBreachMeasures, "information.breachMeasures",
                "what the authority does when the rules are broken must be stated");
        require(errors, c.infoPrivacyNoticeUrl, "information.privacyNoticeUrl", "a privacy notice link is required");
        if (c.captureInterval == null && c.captureCron == null) {
            errors.add(new Problem.FieldError("captureSchedule", "a capture schedule is required"));
        }
        require(errors, c.responsibleName, "responsible.name", "a responsible person is required");
        return errors;
    }

    /** Whether the published list still covers the catalogue in force (requirement 3). */
    static InformationStatus status(Channel c, ReasonCatalogue catalogue) {
        if (catalogue == null) {
            return InformationStatus.UNKNOWN;
        }
        boolean covers = c.infoProhibitedCodes.containsAll(catalogue.statutoryCodes());
        boolean confirmedSince = c.infoConfirmedOn != null && !c.infoConfirmedOn.isBefore(catalogue.validFrom());
        return covers && confirmedSince ? InformationStatus.CURRENT : InformationStatus.INFO_OUTDATED;
    }

    /** The Swedish default text composed from the structured fields. */
    static String compose(Channel c, String authorityName, ReasonCatalogue catalogue) {
        StringBuilder text = new StringBuilder();
        text.append(firstNonBlank(c.infoIdentity, authorityName + " ansvarar för den här kanalen.")).append("\n\n");
        text.append("Syfte: ").append(c.purpose).append("\n\n");
        if (c.infoVisibility != null) {
            text.append(c.infoVisibility).append("\n\n");
        }
        text.append(firstNonBlank(c.infoPublicRecord,
                "Det du skriver till oss här blir allmän handling och kan lämnas ut till den som begär det."))
                .append("\n\n");
        if (!c.infoProhibitedCodes.isEmpty()) {
            text.append("Det är inte tillåtet att publicera inlägg med innehåll som utgör ")
                    .append(c.infoProhibitedCodes.stream()
                            .map(code -> catalogue == null ? code : catalogue.titleOf(code).toLowerCase())
                            .collect(Collectors.joining(", ")))
                    .append(".");
            if (c.infoOwnRules != null && !c.infoOwnRules.isBlank()) {
                text.append(' ').append(c.infoOwnRules.strip());
            }
            text.append("\n\n");
        }
        if (c.infoBreachMeasures != null) {
            text.append(c.infoBreachMeasures).append("\n\n");
        }
        if (c.infoPrivacyNoticeUrl != null) {
            text.append("Så behandlar vi dina personuppgifter: ").append(c.infoPrivacyNoticeUrl);
        }
        return text.toString().strip();
    }

    private static void require(List<Problem.FieldError> errors, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, message));
        }
    }

    private static String firstNonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
