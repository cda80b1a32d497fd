package se.uppsikt.archive.sip;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.sip.api.SipExportRequest;
import se.uppsikt.archive.sip.api.SipExportView;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/sip-exports")
@Tag(name = "E-arkiv packages", description = "E-ARK SIP 2.1 (FGS Paketstruktur 2.0) per channel and period: built, validated, transferred")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SipExportResource {

    private final SipExportService service;
    private final SecurityIdentity identity;

    public SipExportResource(SipExportService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ARCHIVIST)
    @Operation(summary = "Build and validate the package of a channel and period")
    public Response create(@NotNull(message = "a request body is required") @Valid SipExportRequest request) {
        SipExportView view = service.create(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/sip-exports/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "List packages, newest first")
    public PageView<SipExportView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "Read one package")
    public SipExportView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "What happened to a package: built, validated, transfers, overdue alerts")
    public List<SipExportView.Event> events(@PathParam("id") UUID id) {
        return service.events(id);
    }

    @GET
    @Path("{id}/content")
    @Produces("application/zip")
    @RolesAllowed(Roles.ARCHIVIST)
    @Operation(summary = "Download the package zip")
    public Response content(@PathParam("id") UUID id) {
        java.nio.file.Path zip = service.zip(id);
        return Response.ok(zip.toFile())
                .header("Content-Disposition", "attachment; filename=\"" + zip.getFileName() + "\"").build();
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed(Roles.ARCHIVIST)
    @Operation(summary = "Re-validate and transfer a package to the e-arkiv; an invalid package is refused (409)")
    public SipExportView transfer(@PathParam("id") UUID id) {
        return service.transfer(id, identity.getPrincipal().getName());
    }
}
