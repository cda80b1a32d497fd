package se.uppsikt.archive.takedown;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.takedown.api.TakedownRequest;
import se.uppsikt.archive.takedown.api.TakedownView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/takedowns")
@Tag(name = "Takedowns", description = "Moderation decisions carried out on the platform, evidence sealed first")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TakedownResource {

    private final TakedownService service;
    private final SecurityIdentity identity;

    public TakedownResource(TakedownService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carry out a moderation decision: seal the evidence, then hide, remove or block on the platform", description = "Idempotent on decisionId. EVIDENCE_FAILED: the platform was not called. PLATFORM_FAILED: the"
            + " evidence is kept; the same decision again retries only the platform call.")
    public Response create(@NotNull(message = "a request body is required") @Valid TakedownRequest request) {
        TakedownService.Outcome outcome = service.execute(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/takedowns/" + outcome.view().takedownId()))
                .entity(outcome.view()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SERVICE, Roles.MODERATOR, Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A takedown's status, evidence and platform response")
    public TakedownView get(@PathParam("id") UUID id) {
        return service.view(id);
    }
}
