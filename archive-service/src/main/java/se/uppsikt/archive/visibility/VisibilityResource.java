package se.uppsikt.archive.visibility;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.visibility.api.VisibilityChangeView;
import se.uppsikt.archive.visibility.api.VisibilityRequest;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/items/{id}/visibility")
@Tag(name = "Visibility", description = "PUBLIC, RESTRICTED (personal data, removed) or SECRET (OSL) per item")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisibilityResource {

    private final VisibilityService service;
    private final SecurityIdentity identity;

    public VisibilityResource(VisibilityService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed({Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST})
    @Operation(summary = "Change the visibility of an item, with a reason; the history is kept")
    public VisibilityChangeView change(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid VisibilityRequest request) {
        return service.change(id, request, identity.getPrincipal().getName());
    }
}
