package se.uppsikt.moderation.archive;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** archive-service's inbound feed and takedown API, called with this service's own token (role service). */
@RegisterRestClient(configKey = "archive")
@OidcClientFilter
@Path("/api/v1")
interface ArchiveRestClient {

    @GET
    @Path("feed/inbound")
    @Produces(MediaType.APPLICATION_JSON)
    FeedPage inbound(@QueryParam("after") long after, @QueryParam("limit") int limit);

    @POST
    @Path("takedowns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    TakedownResult takedown(TakedownRequest request);
}
