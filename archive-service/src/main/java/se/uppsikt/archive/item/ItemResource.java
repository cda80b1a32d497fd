package se.uppsikt.archive.item;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.item.api.ItemView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/items")
@Tag(name = "Items", description = "Archived items with every version")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemService service;
    private final SecurityIdentity identity;

    public ItemResource(ItemService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read an item with all its versions; reading a SECRET item is audited")
    public ItemView get(@PathParam("id") UUID id) {
        return service.get(id, identity);
    }
}
