package se.uppsikt.registry.channel.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.registry.channel.Capacity;
import se.uppsikt.registry.channel.Platform;

/** A channel as a channel administrator registers or replaces it (requirement 1). */
public record ChannelRequest(
        @NotNull(message = "authorityId is required") UUID authorityId,
        @NotNull(message = "platform is required") Platform platform,
        @NotBlank(message = "handle is required") @Size(max = 200) String handle,
        @NotBlank(message = "url is required") @Size(max = 2048) String url,
        @NotBlank(message = "name is required") @Size(max = 200, message = "name is at most 200 characters") String name,
        @NotBlank(message = "purpose is required") @Size(max = 4000, message = "purpose is at most 4000 characters") String purpose,
        @NotNull(message = "capacity is required") Capacity capacity,
        @NotNull(message = "dialogueEnabled is required") Boolean dialogueEnabled,
        @NotNull(message = "responsible is required") @Valid PersonRequest responsible,
        @NotNull(message = "deputy is required") @Valid PersonRequest deputy,
        @NotBlank(message = "supervisionPromise is required, e.g. \"vardagar 08-17, minst två gånger per dag\"") @Size(max = 2000) String supervisionPromise,
        @Min(value = 1, message = "reviewThresholdHours is at least 1") @Max(value = 720, message = "reviewThresholdHours is at most 720") Integer reviewThresholdHours,
        @Valid CaptureScheduleRequest captureSchedule,
        @Size(max = 64) String classificationCode,
        List<@NotBlank(message = "a retention decision reference may not be blank") @Size(max = 200) String> retentionDecisionRefs,
        @Valid TermsReviewRequest termsReview,
        Boolean jointController,
        @Size(max = 2048) String jointControllerNoticeUrl,
        LocalDate startDate,
        LocalDate endDate,
        @Valid InformationRequest information) {
}
