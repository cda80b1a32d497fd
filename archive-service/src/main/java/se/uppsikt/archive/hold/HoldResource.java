package se.uppsikt.archive.hold;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.hold.api.HoldReleaseRequest;
import se.uppsikt.archive.hold.api.HoldRequest;
import se.uppsikt.archive.hold.api.HoldView;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/holds")
@Tag(name = "Holds", description = "Legal holds that keep allmänna handlingar from disposal while a request or case is pending")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldResource {

    private final HoldService service;
    private final SecurityIdentity identity;

    public HoldResource(HoldService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "Place a hold on channels or items")
    public Response place(@NotNull(message = "a request body is required") @Valid HoldRequest request) {
        HoldView placed = service.place(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/holds/" + placed.id())).entity(placed).build();
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "List holds, newest first")
    public PageView<HoldView> list(
            @QueryParam("active") @Parameter(description = "true: only holds in force; false: only released ones") @Pattern(regexp = "true|false", message = "active must be true or false") String active,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        // A String, not a Boolean: JAX-RS would read "yes" or "1" as false and silently list the wrong holds.
        return service.list(Optional.ofNullable(active).map(Boolean::parseBoolean), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read one hold")
    public HoldView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "Release a hold; it stays on record as released")
    public HoldView release(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid HoldReleaseRequest request) {
        return service.release(id, request, identity.getPrincipal().getName());
    }
}
