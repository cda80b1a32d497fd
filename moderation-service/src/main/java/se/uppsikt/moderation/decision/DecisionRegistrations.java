package se.uppsikt.moderation.decision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.moderation.decision.DecisionRules.CitedReason;
import se.uppsikt.moderation.reason.ReasonGroup;
import se.uppsikt.moderation.registration.Direction;
import se.uppsikt.moderation.registration.RegistrationConfig;
import se.uppsikt.moderation.registration.RegistrationService;
import se.uppsikt.moderation.registration.api.RegistrationRequest;
import se.uppsikt.moderation.registration.api.RegistrationRequest.AttachmentRequest;
import se.uppsikt.moderation.registration.api.RegistrationRequest.NewCase;
import se.uppsikt.moderation.registration.api.RegistrationRequest.SecrecyRequest;
import se.uppsikt.moderation.review.ReviewItem;

/**
 * Which decisions are registered, and as what (req. 22–24): removals when {@code registerAllRemovals} is on, and
 * always for statutory reasons and SEKRETESS; a message lifted to a case as an incoming document of that case. The
 * request goes through {@link RegistrationService#submit}, i.e. into the outbox in the decision's transaction.
 */
@ApplicationScoped
public class DecisionRegistrations {

    private static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Europe/Stockholm");
    static final String SOURCE_SERVICE = "moderation-service";

    private final RegistrationService registrations;
    private final RegistrationConfig registrationConfig;
    private final DecisionConfig config;
    private final DecisionDocument document;
    private final Clock clock;

    public DecisionRegistrations(RegistrationService registrations, RegistrationConfig registrationConfig,
            DecisionConfig config, DecisionDocument document, Clock clock) {
        this.registrations = registrations;
        this.registrationConfig = registrationConfig;
        this.config = config;
        this.document = document;
        this.clock = clock;
    }

    /** Registers the decision when policy asks for it; the registration id, or empty when none is needed. */
    public Optional<UUID> register(ModerationDecision d, ReviewItem item, Optional<CitedReason> reason,
            String decider) {
        Optional<RegistrationRequest> request = switch (d.outcome) {
            case HIDE, REMOVE, BLOCK_USER, SECRET -> d.execution == Execution.EXECUTED && mustRegister(reason)
                    ? Optional.of(removal(d, item, reason.orElseThrow()))
                    : Optional.empty();
            case LIFT_TO_CASE -> Optional.of(liftedToCase(d, item));
            default -> Optional.empty();
        };
        return request.map(r -> registrations.submit(r, decider).registrationId());
    }

    boolean mustRegister(Optional<CitedReason> reason) {
        ReasonGroup group = reason.map(r -> r.reason().group()).orElse(ReasonGroup.POLICY);
        return registrationConfig.registerAllRemovals() || group == ReasonGroup.STATUTORY
                || group == ReasonGroup.SECRECY;
    }

    private RegistrationRequest removal(ModerationDecision d, ReviewItem item, CitedReason reason) {
        String what = switch (d.outcome) {
            case HIDE -> "dolt";
            case BLOCK_USER -> "blockerat användaren " + item.authorHandle + " för";
            default -> "tagit bort";
        };
        String title = (d.outcome == Outcome.BLOCK_USER ? "Beslut om blockering – " : "Beslut om borttagning – ")
                + reason.reason().titleSv();
        String description = "Myndigheten har " + what + " meddelandet " + item.platformItemId + " ("
                + item.kind.toLowerCase() + ") med stöd av " + d.legalReference + ". Motivering: " + d.motivation;
        SecrecyRequest secrecy = d.outcome == Outcome.SECRET
                ? new SecrecyRequest(d.secrecyProvision, "Beslut om borttagning av meddelande med sekretess")
                : null;
        String caseNumber = config.removalCaseNumber().orElse(null);
        NewCase newCase = caseNumber == null
                ? new NewCase("Moderering i sociala medier, kanal " + item.channelId, "Moderering", null)
                : null;
        byte[] pdf = document.render(d, item, reason.reason().titleSv());
        AttachmentRequest decisionDocument = new AttachmentRequest("beslut-" + d.id + ".pdf", "application/pdf",
                sha256(pdf), Base64.getEncoder().encodeToString(pdf));
        return new RegistrationRequest("moderation:decision:" + d.id, SOURCE_SERVICE, config.authorityId(),
                config.registryUnit(), caseNumber, newCase, title, description, Direction.UPPRATTAD, today(),
                item.authorHandle, secrecy, config.responsibleUnit().orElse(null), List.of(decisionDocument),
                "uppsikt:item:" + item.itemId);
    }

    private RegistrationRequest liftedToCase(ModerationDecision d, ReviewItem item) {
        NewCase newCase = d.caseNumber == null
                ? new NewCase(d.caseTitle, "Ärende från sociala medier", null)
                : null;
        String sender = item.authorHandle == null || item.authorHandle.isBlank()
                ? "okänd avsändare"
                : item.authorHandle;
        String description = d.caseTitle != null
                ? d.caseTitle
                : "Meddelande " + item.platformItemId + " lyft till ärende " + d.caseNumber;
        return new RegistrationRequest("moderation:decision:" + d.id, SOURCE_SERVICE, config.authorityId(),
                config.registryUnit(), d.caseNumber, newCase, "Meddelande via sociala medier", description,
                Direction.INKOMMANDE, LocalDate.ofInstant(item.platformCreatedAt, LEGAL_TIME_ZONE), sender, null,
                config.responsibleUnit().orElse(null), List.of(), "uppsikt:item:" + item.itemId);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LEGAL_TIME_ZONE));
    }
}
