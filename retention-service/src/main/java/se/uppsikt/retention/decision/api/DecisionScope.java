package se.uppsikt.retention.decision.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.retention.decision.Direction;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.Platform;
import se.uppsikt.retention.decision.Visibility;

/**
 * What a retention decision covers. A list left empty or out does not restrict on that dimension, except authorities
 * and item kinds: a decision is always applied by named records creators (arkivbildare) to named kinds of handlingar,
 * so a decision that silently covered everything cannot be registered.
 */
public record DecisionScope(
        @NotEmpty(message = "authorityIds must name at least one authority (arkivbildare) that applies the decision") @Size(max = 500, message = "authorityIds holds at most 500 authorities") List<@NotNull(message = "authorityIds may not contain null") UUID> authorityIds,
        @Size(max = 500, message = "channelIds holds at most 500 channels") List<@NotNull(message = "channelIds may not contain null") UUID> channelIds,
        List<@NotNull(message = "platforms may not contain null") Platform> platforms,
        @NotEmpty(message = "itemKinds must name at least one kind of record (handlingstyp) the decision covers") List<@NotNull(message = "itemKinds may not contain null") ItemKind> itemKinds,
        List<@NotNull(message = "directions may not contain null") Direction> directions,
        List<@NotNull(message = "visibilities may not contain null") Visibility> visibilities,
        @Size(max = 200, message = "classificationCodes holds at most 200 codes") List<@NotBlank(message = "a classification code may not be blank") @Size(max = 40, message = "a classification code is at most 40 characters") String> classificationCodes) {

    /** The lists a client left out become empty, so the rest of the service never meets null. */
    public DecisionScope {
        authorityIds = orEmpty(authorityIds);
        channelIds = orEmpty(channelIds);
        platforms = orEmpty(platforms);
        itemKinds = orEmpty(itemKinds);
        directions = orEmpty(directions);
        visibilities = orEmpty(visibilities);
        classificationCodes = orEmpty(classificationCodes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
