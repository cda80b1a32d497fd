package se.uppsikt.retention.registration;

import java.io.File;
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

/** moderation-service's registration (diarieföring) API (contracts §7). */
@RegisterRestClient(configKey = "moderation")
@OidcClientFilter
@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
interface RegistrationRestClient {

    /** The body is a file holding the request JSON, sent from disk: it may carry a large attachment. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    RegistrationState register(File body);

    @GET
    @Path("{id}")
    RegistrationState get(@PathParam("id") UUID id);
}
