package se.uppsikt.archive.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.ingest.api.IngestRequest;
import se.uppsikt.archive.ingest.api.IngestResponse;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/ingest")
@Tag(name = "Ingest", description = "Captured posts, comments, messages and media into the archive")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IngestResource {

    private final IngestService service;
    private final SecurityIdentity identity;

    public IngestResource(IngestService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.ARCHIVIST})
    @Operation(summary = "Ingest a batch of up to 1000 items, all or nothing; idempotent per channel and platform id")
    public IngestResponse ingest(@NotNull(message = "a request body is required") @Valid IngestRequest request) {
        return service.ingest(request, identity.getPrincipal().getName());
    }
}
