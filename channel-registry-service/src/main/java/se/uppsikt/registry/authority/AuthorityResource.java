package se.uppsikt.registry.authority;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.registry.authority.api.AuthorityRequest;
import se.uppsikt.registry.authority.api.AuthorityView;
import se.uppsikt.registry.history.api.ChangeView;

@Path("/api/v1/authorities")
@Tag(name = "Authorities", description = "Records creators (myndigheter, nämnder) that own channels")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorityResource {

    private final AuthorityService service;
    private final SecurityIdentity identity;

    public AuthorityResource(AuthorityService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Register an authority (records creator)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorityView.class)))
    public Response register(@NotNull(message = "a request body is required") @Valid AuthorityRequest request) {
        AuthorityView created = service.register(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/authorities/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR,
            Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "List authorities by name")
    public PageView<AuthorityView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(page, size);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Replace an authority's record; every changed field is kept in its history")
    public AuthorityView replace(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid AuthorityRequest request) {
        return service.replace(id, request, identity.getPrincipal().getName());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every change to an authority: who, when, which field, old and new value")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR,
            Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read one authority")
    public AuthorityView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
