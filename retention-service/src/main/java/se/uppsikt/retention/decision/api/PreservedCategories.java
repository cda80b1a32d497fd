package se.uppsikt.retention.decision.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.retention.decision.ItemKind;

/**
 * What the decision says "bevaras" (requirement 52): kinds of records, and classification codes of channels, that
 * are never disposed of, whatever any other decision says. It applies where the decision's authorities, channels
 * and platforms apply.
 */
public record PreservedCategories(
        List<@NotNull(message = "preserve.itemKinds may not contain null") ItemKind> itemKinds,
        @Size(max = 200, message = "preserve.classificationCodes holds at most 200 codes") List<@NotBlank(message = "a classification code may not be blank") @Size(max = 40, message = "a classification code is at most 40 characters") String> classificationCodes) {

    public static final PreservedCategories NONE = new PreservedCategories(List.of(), List.of());

    public PreservedCategories {
        itemKinds = itemKinds == null ? List.of() : itemKinds;
        classificationCodes = classificationCodes == null ? List.of() : classificationCodes;
    }
}
