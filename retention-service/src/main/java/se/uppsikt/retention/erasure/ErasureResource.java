package se.uppsikt.retention.erasure;

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

import se.uppsikt.commons.security.Roles;
import se.uppsikt.retention.erasure.api.ErasureRequestBody;
import se.uppsikt.retention.erasure.api.ErasureRequestView;

@Path("/api/v1/erasure-requests")
@Tag(name = "Erasure requests", description = "GDPR art. 17 requests, answered under archive law")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    private final ErasureService service;
    private final SecurityIdentity identity;

    public ErasureResource(ErasureService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR})
    @Operation(summary = "Register an erasure request and answer it: disposed of under a decision, or kept by archive law")
    public Response register(@NotNull(message = "a request body is required") @Valid ErasureRequestBody body) {
        ErasureRequestView created = service.register(body, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/erasure-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an erasure request with its answer")
    public ErasureRequestView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
