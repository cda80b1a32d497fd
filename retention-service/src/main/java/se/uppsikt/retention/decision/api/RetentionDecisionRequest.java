package se.uppsikt.retention.decision.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.uppsikt.retention.decision.DecidingBodyType;
import se.uppsikt.retention.decision.RetentionTrigger;

/** What an archivist registers about a retention decision (gallringsbeslut), as the decision itself states it. */
public record RetentionDecisionRequest(
        @NotBlank(message = "reference is required: the decision's diarienummer or the provision, such as RA-FS 2021:6 bilaga p. 3") @Size(max = 200, message = "reference is at most 200 characters") String reference,
        @NotNull(message = "decidingBodyType is required") DecidingBodyType decidingBodyType,
        @NotBlank(message = "decidingBody is required: who took the decision") @Size(max = 200, message = "decidingBody is at most 200 characters") String decidingBody,
        @NotNull(message = "decisionDate is required") LocalDate decisionDate,
        @NotNull(message = "validFrom is required") LocalDate validFrom,
        LocalDate validTo,
        @NotBlank(message = "legalBasis is required: the law or föreskrift the decision rests on") @Size(max = 1000, message = "legalBasis is at most 1000 characters") String legalBasis,
        @NotBlank(message = "retentionPeriod is required, as an ISO-8601 period such as P2Y or P6M") @Size(max = 40, message = "retentionPeriod is at most 40 characters") String retentionPeriod,
        @NotNull(message = "retentionTrigger is required") RetentionTrigger retentionTrigger,
        @Size(max = 4000, message = "triggerCriterion is at most 4000 characters") String triggerCriterion,
        @Size(max = 10000, message = "conditions is at most 10000 characters") String conditions,
        @Size(max = 2000, message = "documentUrl is at most 2000 characters") @Pattern(regexp = "https?://\\S+", message = "documentUrl must be an http or https address of the decision document") String documentUrl,
        @Size(max = 10000, message = "exceptions is at most 10000 characters") String exceptions,
        Boolean requiresApproval,
        @Valid DecisionDocument document,
        @NotNull(message = "scope is required") @Valid DecisionScope scope,
        @Valid PreservedCategories preserve) {

    /** Runs wait for an archivist's approval unless the decision explicitly says they need not. */
    public RetentionDecisionRequest {
        requiresApproval = requiresApproval == null ? Boolean.TRUE : requiresApproval;
        preserve = preserve == null ? PreservedCategories.NONE : preserve;
    }
}
