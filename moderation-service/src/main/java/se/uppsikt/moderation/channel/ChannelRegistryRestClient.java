package se.uppsikt.moderation.channel;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** channel-registry-service's channel read (contracts §10), called with this service's own token (role service). */
@RegisterRestClient(configKey = "channel-registry")
@OidcClientFilter
@Path("/api/v1/channels")
interface ChannelRegistryRestClient {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    ChannelFacts get(@PathParam("id") UUID id);
}
