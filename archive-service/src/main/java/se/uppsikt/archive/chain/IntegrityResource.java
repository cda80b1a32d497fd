package se.uppsikt.archive.chain;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import se.uppsikt.archive.chain.api.FixityRunView;
import se.uppsikt.archive.chain.api.VerificationReport;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/integrity")
@Tag(name = "Integrity", description = "Hash chain verification and blob fixity")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityResource {

    private final ChainVerifier verifier;
    private final FixityJob fixity;

    public IntegrityResource(ChainVerifier verifier, FixityJob fixity) {
        this.verifier = verifier;
        this.fixity = fixity;
    }

    @GET
    @Path("verify")
    @RolesAllowed({Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Recompute the hash chain, what it seals and every blob; names the first broken link")
    public VerificationReport verify() {
        return verifier.verify();
    }

    @POST
    @Path("fixity-runs")
    @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "Re-hash every blob now and record each result, as the monthly job does")
    public FixityRunView runFixity() {
        return fixity.run();
    }
}
