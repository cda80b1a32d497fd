package se.uppsikt.archive.rendition;

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

import se.uppsikt.archive.rendition.api.RenditionRequest;
import se.uppsikt.archive.rendition.api.RenditionView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.problem.Problem;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/renditions")
@Tag(name = "Renditions", description = "PDF/A-2b renditions of threads, validated with veraPDF")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RenditionResource {

    private final RenditionService service;
    private final SecurityIdentity identity;

    public RenditionResource(RenditionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.MODERATOR})
    @Operation(summary = "Render a thread, or an item with its context, as validated PDF/A-2b")
    public Response create(@NotNull(message = "a request body is required") @Valid RenditionRequest request) {
        RenditionView view = service.create(request.itemId(), request.scope(), identity);
        if (!view.valid()) {
            // recorded (committed) with its failures, but there is no file to point at
            throw new ApiProblem(422, "rendition-invalid", "Unprocessable request",
                    "The rendition failed PDF/A-2b validation and was not kept (rendition " + view.id() + ")", null,
                    view.failures().stream().map(f -> new Problem.FieldError("pdf", f)).toList());
        }
        return Response.created(URI.create("/api/v1/renditions/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a rendition's record: validation result, hash and the item versions it shows")
    public RenditionView get(@PathParam("id") UUID id) {
        return service.get(id, identity);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Download the PDF/A file of a rendition")
    public Response pdf(@PathParam("id") UUID id) {
        return Response.ok(service.pdf(id, identity), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"rendition-" + id + ".pdf\"").build();
    }

}
