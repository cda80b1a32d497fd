package se.uppsikt.archive.disclosure;

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

import se.uppsikt.archive.disclosure.api.AppealDecisionRequest;
import se.uppsikt.archive.disclosure.api.AppealRequest;
import se.uppsikt.archive.disclosure.api.DecisionRequest;
import se.uppsikt.archive.disclosure.api.DisclosureRegistration;
import se.uppsikt.archive.disclosure.api.DisclosureView;
import se.uppsikt.archive.disclosure.api.MaskingRequest;
import se.uppsikt.archive.disclosure.api.MaskingView;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "Requests for utlämnande of allmänna handlingar: holds, packages, masking, decisions and appeals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosureResource {

    private static final String BODY_REQUIRED = "a request body is required";

    private final DisclosureService service;
    private final DisclosurePackages packages;
    private final SecurityIdentity identity;

    public DisclosureResource(DisclosureService service, DisclosurePackages packages, SecurityIdentity identity) {
        this.service = service;
        this.packages = packages;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Register a request; everything in scope is held at once")
    public Response register(@NotNull(message = BODY_REQUIRED) @Valid DisclosureRegistration registration) {
        DisclosureView view = service.register(registration, actor());
        return Response.created(URI.create("/api/v1/disclosures/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "List requests, newest first")
    public PageView<DisclosureView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "Read one request")
    public DisclosureView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/maskings")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Mask secret parts of one item as a separate derivative; the original is never changed")
    public Response mask(@PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid MaskingRequest request) {
        MaskingView view = packages.mask(id, request, actor());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{id}/maskings")
    @RolesAllowed({Roles.REGISTRAR, Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "List the masked derivatives of a request")
    public List<MaskingView> maskings(@PathParam("id") UUID id) {
        return packages.maskings(id);
    }

    @POST
    @Path("{id}/packages")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Assemble the package: PDF/A renditions, JSON, media and a manifest with SHA-256 hashes")
    public Response assemble(@PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(packages.assemble(id, identity)).build();
    }

    @GET
    @Path("{id}/packages/{packageId}/content")
    @Produces("application/zip")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Download an assembled package as a zip")
    public Response content(@PathParam("id") UUID id, @PathParam("packageId") UUID packageId) {
        return Response.ok(packages.content(id, packageId))
                .header("Content-Disposition", "attachment; filename=\"utlamnande-" + id + ".zip\"").build();
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Record the outcome: released, released with förbehåll, or refused with a decision document")
    public DisclosureView decide(@PathParam("id") UUID id,
            @NotNull(message = BODY_REQUIRED) @Valid DecisionRequest decision) {
        return service.decide(id, decision, actor());
    }

    @POST
    @Path("{id}/appeal")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Record an appeal that reached the authority; an APPEAL hold is added")
    public DisclosureView appeal(@PathParam("id") UUID id,
            @NotNull(message = BODY_REQUIRED) @Valid AppealRequest appeal) {
        return service.lodgeAppeal(id, appeal, actor());
    }

    @POST
    @Path("{id}/appeal/decision")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Record the court's decision on the appeal")
    public DisclosureView appealDecision(@PathParam("id") UUID id,
            @NotNull(message = BODY_REQUIRED) @Valid AppealDecisionRequest decision) {
        return service.decideAppeal(id, decision, actor());
    }

    @POST
    @Path("{id}/release-holds")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Release the holds, if the request is closed and the appeal time or appeal is over (else 409)")
    public DisclosureView releaseHolds(@PathParam("id") UUID id) {
        return service.releaseHolds(id, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
