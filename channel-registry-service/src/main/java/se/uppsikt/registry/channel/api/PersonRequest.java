package se.uppsikt.registry.channel.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A responsible person (kontoansvarig) or deputy. The name is published only when {@code namePublic} is true; the
 * function (e.g. "Kommunikationschef") is always public, the e-mail never.
 */
public record PersonRequest(
        @NotBlank(message = "name is required") @Size(max = 200, message = "name is at most 200 characters") String name,
        @NotBlank(message = "function is required") @Size(max = 200, message = "function is at most 200 characters") String function,
        @NotBlank(message = "email is required") @Email(message = "email must be an e-mail address") @Size(max = 254) String email,
        boolean namePublic) {
}
