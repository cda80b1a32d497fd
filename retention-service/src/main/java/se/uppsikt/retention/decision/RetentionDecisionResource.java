package se.uppsikt.retention.decision;

import java.net.URI;
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

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.retention.decision.api.RetentionDecisionRequest;
import se.uppsikt.retention.decision.api.RetentionDecisionView;

@Path("/api/v1/retention-decisions")
@Tag(name = "Retention decisions", description = "Gallringsbeslut: the only ground on which allmänna handlingar may be disposed of")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionDecisionResource {

    private final RetentionDecisionService service;
    private final SecurityIdentity identity;

    public RetentionDecisionResource(RetentionDecisionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "Register a retention decision (gallringsbeslut)")
    public Response register(
            @NotNull(message = "a request body is required") @Valid RetentionDecisionRequest request) {
        RetentionDecisionView created = service.register(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/retention-decisions/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "List retention decisions by reference")
    public PageView<RetentionDecisionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read one retention decision")
    public RetentionDecisionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Download the stored decision document; its SHA-256 is in the Digest header")
    public Response document(@PathParam("id") UUID id) {
        StoredDocument document = service.document(id);
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName().replace("\"", "")
                        + "\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(document.sha256())))
                .header("ETag", "\"" + document.sha256() + "\"")
                .build();
    }
}
