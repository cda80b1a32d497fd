package se.uppsikt.registry.archive;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** archive-service's capture API, called with this service's own client-credentials token (role service). */
@RegisterRestClient(configKey = "archive")
@OidcClientFilter
@Path("/api/v1/captures")
interface ArchiveRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    CaptureResult capture(CaptureRequest request);
}
