package se.uppsikt.archive.disclosure.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What to mask in one item of the request, and under which secrecy provision, e.g. "OSL 26 kap. 1 §". Each span is a
 * piece of the item's text (or author) that is replaced with "[sekretess OSL 26 kap. 1 §]"; {@code wholeItem} masks
 * the text and the author entirely.
 */
public record MaskingRequest(
        @NotNull(message = "itemId is required") UUID itemId,
        @NotBlank(message = "provision is required, e.g. OSL 26 kap. 1 §") @Size(max = 200, message = "provision is at most 200 characters") String provision,
        @Size(max = 100, message = "at most 100 spans") List<@NotBlank(message = "a span must not be blank") String> spans,
        boolean wholeItem) {

    public MaskingRequest {
        spans = spans == null ? List.of() : spans;
    }
}
