package se.uppsikt.registry.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** moderation-service's reason catalogue, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "moderation")
@OidcClientFilter
@Path("/api/v1/reasons")
interface ReasonCatalogueRestClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    ReasonCatalogue inForce();
}
