package se.uppsikt.archive.registration;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.registration.api.RegistrationRequest;
import se.uppsikt.archive.registration.api.RegistrationView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/items/{id}/registrations")
@Tag(name = "Registrations", description = "Registration numbers (diarienummer) items were registered under")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemRegistrationResource {

    private final ItemRegistrationService service;
    private final SecurityIdentity identity;

    public ItemRegistrationResource(ItemRegistrationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.REGISTRAR, Roles.MODERATOR, Roles.SERVICE, Roles.ADMIN})
    @Operation(summary = "Record that the item was registered under a registration number (idempotent)")
    public List<RegistrationView> register(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid RegistrationRequest request) {
        return service.register(id, request.registrationNumber(), identity.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "The registration numbers of an item")
    public List<RegistrationView> list(@PathParam("id") UUID id) {
        return service.list(id);
    }
}
