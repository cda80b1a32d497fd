package se.uppsikt.archive.disposal;

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

import se.uppsikt.archive.disposal.api.CandidatesPage;
import se.uppsikt.archive.disposal.api.CandidatesRequest;
import se.uppsikt.archive.disposal.api.DisposeRequest;
import se.uppsikt.archive.disposal.api.DisposeResponse;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/disposals")
@Tag(name = "Disposal", description = "Gallring for retention-service: candidates, then disposal with tombstones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisposalResource {

    private final CandidateQuery candidates;
    private final DisposalService service;
    private final SecurityIdentity identity;

    public DisposalResource(CandidateQuery candidates, DisposalService service, SecurityIdentity identity) {
        this.candidates = candidates;
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("candidates")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(summary = "One page of items matching a retention rule, with hashes and whether a hold applies")
    public CandidatesPage candidates(
            @NotNull(message = "a request body is required") @Valid CandidatesRequest request) {
        return candidates.page(request);
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Dispose of up to 1000 items in one transaction; held items are skipped; idempotent per run and item")
    public DisposeResponse dispose(@NotNull(message = "a request body is required") @Valid DisposeRequest request) {
        return service.dispose(request, identity.getPrincipal().getName());
    }
}
