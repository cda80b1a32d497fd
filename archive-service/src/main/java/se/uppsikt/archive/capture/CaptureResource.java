package se.uppsikt.archive.capture;

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

import se.uppsikt.archive.capture.api.CaptureRequest;
import se.uppsikt.archive.capture.api.CaptureView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/captures")
@Tag(name = "Captures", description = "Channel captures with provenance and a PDF/A overview (ögonblicksbild)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CaptureResource {

    private final CaptureService service;
    private final SecurityIdentity identity;

    public CaptureResource(CaptureService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.ARCHIVIST})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Capture a channel now (scope OVERVIEW, ITEMS or FULL; optional period)", description = "Answers when the capture has finished. A CHANNEL_CLOSURE capture that already succeeded is"
            + " returned again instead of capturing twice. 409 while the channel is being captured.")
    public Response capture(@NotNull(message = "a request body is required") @Valid CaptureRequest request) {
        CaptureView view = service.capture(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/captures/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SERVICE, Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A capture record with its provenance, counts and errors")
    public CaptureView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/overview")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SERVICE, Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The capture's PDF/A-2b overview rendition (ögonblicksbild)")
    public Response overview(@PathParam("id") UUID id) {
        return Response.ok(service.overviewPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ogonblicksbild-" + id + ".pdf\"").build();
    }
}
