package se.uppsikt.moderation.registration;

import java.util.UUID;

/** Registration request bodies as the other services send them. */
final class RegistrationFixtures {

    static final String AUTHORITY = "5b0c1f9e-1d9a-4b8e-9a57-2f3b0c6a7d11";

    private RegistrationFixtures() {
    }

    static String uniqueReference() {
        return "moderation:decision:" + UUID.randomUUID();
    }

    /** A disposal record joining an existing case, as retention-service registers it. */
    static String disposalRecord(String sourceReference) {
        return """
                {"sourceReference": "%s", "sourceService": "retention-service",
                 "authorityId": "%s", "registryUnit": "KS", "caseNumber": "KS 2026/0123",
                 "documentTitle": "Gallringsprotokoll Facebooksidan Kultur", "description": "Gallring av inlägg äldre än två år",
                 "direction": "UPPRATTAD", "documentDate": "2026-01-15", "responsibleUnit": "Kommunledningskontoret",
                 "attachments": [{"name": "protokoll.pdf", "mediaType": "application/pdf",
                   "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "contentBase64": "aGVsbG8="}],
                 "externalReference": "retention:run:42"}
                """
                .formatted(sourceReference, AUTHORITY);
    }

    /** An incoming message with secret content, lifted to a new case. */
    static String secretIncoming(String sourceReference) {
        return """
                {"sourceReference": "%s", "sourceService": "moderation-service",
                 "authorityId": "%s", "registryUnit": "SN",
                 "newCase": {"title": "Synpunkt via Facebook", "caseType": "Synpunkt", "classificationCode": "1.6.2"},
                 "documentTitle": "Meddelande från användare", "description": "Berättar om sitt ärende hos socialtjänsten",
                 "direction": "INKOMMANDE", "documentDate": "2026-01-15", "counterparty": "@anna_s",
                 "secrecy": {"provision": "OSL 26 kap. 1 §", "protectedTitle": "Meddelande om socialtjänstärende"}}
                """
                .formatted(sourceReference, AUTHORITY);
    }
}
