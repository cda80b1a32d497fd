package se.uppsikt.archive.rendition.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import se.uppsikt.archive.rendition.RenditionScope;

/** Which item to render and how much around it. */
public record RenditionRequest(
        @NotNull(message = "itemId is required") UUID itemId,
        @NotNull(message = "scope is required: THREAD or ITEM_WITH_CONTEXT") RenditionScope scope) {
}
