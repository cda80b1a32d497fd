package se.uppsikt.retention.erasure.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A registered person's request to erase their records on one channel (GDPR art. 17). */
public record ErasureRequestBody(
        @NotBlank(message = "subjectReference is required: who asks, such as their name or handle") @Size(max = 200, message = "subjectReference is at most 200 characters") String subjectReference,
        @NotNull(message = "channelId is required: the channel the records are on") UUID channelId,
        @NotEmpty(message = "itemIds must name at least one record") @Size(max = 1000, message = "itemIds holds at most 1000 records") List<@NotNull(message = "itemIds may not contain null") UUID> itemIds,
        @NotNull(message = "receivedOn is required: the day the request arrived") @PastOrPresent(message = "receivedOn may not be in the future") LocalDate receivedOn) {
}
