package se.uppsikt.archive.registry;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** channel-registry-service as the archive calls it, with the archive's own client-credentials token (role service). */
@RegisterRestClient(configKey = "channel-registry")
@OidcClientFilter
@Path("/api/v1")
interface ChannelRegistryRestClient {

    @GET
    @Path("channels/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    RegistryChannel channel(@PathParam("id") UUID id);

    @GET
    @Path("authorities/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    RegistryAuthority authority(@PathParam("id") UUID id);

    @GET
    @Path("channels/capture-schedules")
    @Produces(MediaType.APPLICATION_JSON)
    List<CaptureScheduleEntry> captureSchedules();

    @POST
    @Path("channels/{id}/captures")
    @Consumes(MediaType.APPLICATION_JSON)
    void reportCapture(@PathParam("id") UUID channelId, CaptureReport report);
}
