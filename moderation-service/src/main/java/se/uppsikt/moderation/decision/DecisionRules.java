package se.uppsikt.moderation.decision;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.moderation.decision.api.DecisionRequest;
import se.uppsikt.moderation.reason.ReasonCatalogueService;
import se.uppsikt.moderation.reason.ReasonGroup;
import se.uppsikt.moderation.reason.ReasonKey;
import se.uppsikt.moderation.reason.ReasonRepository;
import se.uppsikt.moderation.reason.api.CatalogueView;
import se.uppsikt.moderation.reason.api.ReasonView;

/**
 * What each triage outcome needs before it may be recorded (req. 16–18): the fields it cannot do without, and for
 * removals a reason from the catalogue in force today and a motivation a reader can follow (RF 1 kap. 9 §).
 */
@ApplicationScoped
public class DecisionRules {

    static final int MINIMUM_MOTIVATION = 20;
    static final String SECRECY_REASON = "SEKRETESS";

    private final ReasonCatalogueService catalogue;
    private final ReasonRepository reasons;

    public DecisionRules(ReasonCatalogueService catalogue, ReasonRepository reasons) {
        this.catalogue = catalogue;
        this.reasons = reasons;
    }

    /** The reason a recorded decision cited, from the catalogue version it was taken under. */
    public Optional<CitedReason> cited(ModerationDecision decision) {
        if (decision.reasonCode == null) {
            return Optional.empty();
        }
        return reasons.findByIdOptional(new ReasonKey(decision.catalogueVersion, decision.reasonCode))
                .map(r -> new CitedReason(decision.catalogueVersion, ReasonView.of(r)));
    }

    /** The reason cited, as the catalogue in force states it; null for outcomes that cite none. */
    public record CitedReason(int catalogueVersion, ReasonView reason) {
    }

    public Optional<CitedReason> check(DecisionRequest request) {
        return switch (request.outcome()) {
            case NO_ACTION -> optionalReason(request);
            case ANSWER -> {
                if (blank(request.answerText()) && blank(request.answerPlatformId())) {
                    throw ApiProblem.invalidField("answerText",
                            "an answer needs its text (answerText) or the platform id of the answer (answerPlatformId)");
                }
                yield optionalReason(request);
            }
            case LIFT_TO_CASE -> {
                if (blank(request.caseNumber()) && blank(request.caseTitle())) {
                    throw ApiProblem.invalidField("caseTitle", "lifting to a case needs the case to join "
                            + "(caseNumber) or the title of a new case (caseTitle)");
                }
                yield optionalReason(request);
            }
            case HIDE, REMOVE, BLOCK_USER -> {
                CitedReason cited = requiredReason(request);
                requireMotivation(request);
                yield Optional.of(cited);
            }
            case SECRET -> secret(request);
            case REPORT_POLICE -> {
                CitedReason cited = requiredReason(request);
                if (cited.reason().group() != ReasonGroup.STATUTORY) {
                    throw ApiProblem.invalidField("reasonCode",
                            "a police report needs a statutory ground (BBS-lagen 5 §), not " + cited.reason().code());
                }
                requireMotivation(request);
                yield Optional.of(cited);
            }
            case REPORT_PLATFORM -> Optional.of(requiredReason(request));
        };
    }

    private Optional<CitedReason> secret(DecisionRequest request) {
        if (blank(request.secrecyProvision()) || !request.secrecyProvision().strip().matches("^OSL \\S.*$")) {
            throw ApiProblem.invalidField("secrecyProvision",
                    "marking an item secret needs the OSL provision, e.g. OSL 26 kap. 1 §");
        }
        if (!blank(request.reasonCode()) && !SECRECY_REASON.equals(request.reasonCode().strip())) {
            throw ApiProblem.invalidField("reasonCode", "SECRET cites the reason SEKRETESS; leave reasonCode out");
        }
        requireMotivation(request);
        CitedReason cited = inForce(SECRECY_REASON).orElseThrow(() -> ApiProblem.invalidField("reasonCode",
                "the catalogue in force has no SEKRETESS reason; an administrator must publish one"));
        return Optional.of(cited);
    }

    private Optional<CitedReason> optionalReason(DecisionRequest request) {
        return blank(request.reasonCode()) ? Optional.empty() : Optional.of(requiredReason(request));
    }

    private CitedReason requiredReason(DecisionRequest request) {
        if (blank(request.reasonCode())) {
            throw ApiProblem.invalidField("reasonCode", request.outcome()
                    + " needs a reason code from the catalogue in force (GET /api/v1/reasons)");
        }
        return inForce(request.reasonCode().strip()).orElseThrow(() -> ApiProblem.invalidField("reasonCode",
                "reason " + request.reasonCode().strip() + " is not in the reason catalogue in force today"));
    }

    private Optional<CitedReason> inForce(String code) {
        CatalogueView current = catalogue.inForce(Optional.empty());
        return current.reasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> new CitedReason(current.version(), r));
    }

    private static void requireMotivation(DecisionRequest request) {
        if (blank(request.motivation()) || request.motivation().strip().length() < MINIMUM_MOTIVATION) {
            throw ApiProblem.invalidField("motivation", request.outcome() + " needs a motivation of at least "
                    + MINIMUM_MOTIVATION + " characters saying why the reason applies to this message");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
