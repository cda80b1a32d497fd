package se.uppsikt.registry.authority.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.uppsikt.registry.authority.AuthorityKind;

/** What a channel administrator registers about an authority. */
public record AuthorityRequest(
        @NotBlank(message = "name is required") @Size(max = 200, message = "name is at most 200 characters") String name,
        @NotNull(message = "organisationNumber is required") @Pattern(regexp = "[0-9]{6}-[0-9]{4}", message = "organisationNumber must look like 212000-0142") String organisationNumber,
        @NotNull(message = "kind is required") AuthorityKind kind,
        @NotBlank(message = "registryEmail is required") @Email(message = "registryEmail must be an e-mail address") @Size(max = 254) String registryEmail,
        @NotBlank(message = "archiveAuthority is required") @Size(max = 200, message = "archiveAuthority is at most 200 characters") String archiveAuthority) {
}
