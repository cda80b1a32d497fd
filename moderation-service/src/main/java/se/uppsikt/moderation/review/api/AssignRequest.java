package se.uppsikt.moderation.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Hands an item to a named moderator. */
public record AssignRequest(
        @NotBlank(message = "assignee is required: the user name of the moderator who is to review the item") @Size(max = 200, message = "assignee may be at most 200 characters") String assignee) {
}
