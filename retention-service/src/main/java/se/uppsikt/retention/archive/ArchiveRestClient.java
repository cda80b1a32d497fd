package se.uppsikt.retention.archive;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** archive-service's disposal API (contracts §3–4), called with this service's client-credentials token. */
@RegisterRestClient(configKey = "archive")
@OidcClientFilter
@Path("/api/v1/disposals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ArchiveRestClient {

    @POST
    @Path("candidates")
    CandidatePage candidates(CandidateQuery query);

    @POST
    DisposeResponse dispose(DisposeRequest request);
}
