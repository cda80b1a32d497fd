package se.uppsikt.archive.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import se.uppsikt.archive.feed.api.FeedPage;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/feed/inbound")
@Tag(name = "Feed", description = "Inbound items in capture order, for moderation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedService service;

    public FeedResource(FeedService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(summary = "Inbound items (each new version once) after a cursor, oldest first, without gaps")
    public FeedPage read(
            @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "after must be 0 or more") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "limit must be 1 to 500") @Max(value = 500, message = "limit must be 1 to 500") int limit) {
        return service.read(after, limit);
    }
}
