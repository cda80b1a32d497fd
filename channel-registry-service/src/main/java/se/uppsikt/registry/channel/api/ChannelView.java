package se.uppsikt.registry.channel.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.uppsikt.registry.channel.Capacity;
import se.uppsikt.registry.channel.CaptureScope;
import se.uppsikt.registry.channel.Channel;
import se.uppsikt.registry.channel.ChannelStatus;
import se.uppsikt.registry.channel.InformationStatus;
import se.uppsikt.registry.channel.Platform;

/** A channel as staff see it, personal data included. */
public record ChannelView(UUID id, UUID authorityId, Platform platform, String handle, String url, String name,
        String purpose, Capacity capacity, boolean dialogueEnabled, Person responsible, Person deputy,
        String supervisionPromise, int reviewThresholdHours, Schedule captureSchedule, String classificationCode,
        List<String> retentionDecisionRefs, TermsReview termsReview, boolean jointController,
        String jointControllerNoticeUrl, LocalDate startDate, LocalDate endDate, ChannelStatus status,
        Information information, InformationStatus informationStatus, UUID finalCaptureId, Instant lastCaptureAt,
        Instant createdAt,
        String createdBy, Instant updatedAt) {

    public record Person(String name, String function, String email, boolean namePublic) {
    }

    public record Schedule(String interval, String cron, CaptureScope scope) {
    }

    public record TermsReview(LocalDate reviewedOn, String reviewedBy, String riskNote) {
    }

    public record Information(String userInformationUrl, String privacyNoticeUrl, String identity, String visibility,
            String publicRecord, List<String> prohibitedContentCodes, String ownRules, String breachMeasures,
            String text, LocalDate confirmedOn) {
    }

    public static ChannelView of(Channel c, InformationStatus informationStatus) {
        return new ChannelView(c.id, c.authorityId, c.platform, c.handle, c.url, c.name, c.purpose, c.capacity,
                c.dialogueEnabled,
                new Person(c.responsibleName, c.responsibleFunction, c.responsibleEmail, c.responsibleNamePublic),
                new Person(c.deputyName, c.deputyFunction, c.deputyEmail, c.deputyNamePublic),
                c.supervisionPromise, c.reviewThresholdHours,
                new Schedule(c.captureInterval, c.captureCron, c.captureScope), c.classificationCode,
                List.copyOf(c.retentionDecisionRefs),
                c.termsReviewedOn == null
                        ? null
                        : new TermsReview(c.termsReviewedOn, c.termsReviewedBy,
                                c.termsRiskNote),
                c.jointController, c.jointControllerNoticeUrl, c.startDate, c.endDate, c.status,
                new Information(c.infoUserInformationUrl, c.infoPrivacyNoticeUrl, c.infoIdentity, c.infoVisibility,
                        c.infoPublicRecord, List.copyOf(c.infoProhibitedCodes), c.infoOwnRules,
                        c.infoBreachMeasures, c.infoText, c.infoConfirmedOn),
                informationStatus, c.finalCaptureId, c.lastCaptureAt, c.createdAt, c.createdBy, c.updatedAt);
    }
}
