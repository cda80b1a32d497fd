package se.uppsikt.archive.search;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.search.api.SearchHit;
import se.uppsikt.archive.visibility.SecretAccess;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Internal search over the archive")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService service;
    private final SecretAccess secretAccess;
    private final SecurityIdentity identity;

    public SearchResource(SearchService service, SecretAccess secretAccess, SecurityIdentity identity) {
        this.service = service;
        this.secretAccess = secretAccess;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Search items by channel, period, author, direction, kind, registration number and Swedish free text")
    public PageView<SearchHit> search(
            @QueryParam("channelId") UUID channelId,
            @QueryParam("from") @Parameter(description = "published at or after (UTC)") Instant from,
            @QueryParam("to") @Parameter(description = "published before (UTC)") Instant to,
            @QueryParam("authorHandle") @Size(max = 200, message = "authorHandle is at most 200 characters") String authorHandle,
            @QueryParam("direction") Direction direction,
            @QueryParam("kind") ItemKind kind,
            @QueryParam("q") @Size(max = 500, message = "q is at most 500 characters") String q,
            @QueryParam("registrationNumber") @Parameter(description = "registered under this diarienummer") @Size(max = 64, message = "registrationNumber is at most 64 characters") String registrationNumber,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "size must be 1 to 100") @Max(value = PageView.MAX_SIZE, message = "size must be 1 to 100") int size) {
        // SECRET items are not even listed for those not cleared: their existence can itself be secret
        EnumSet<Visibility> visible = secretAccess.isCleared(identity)
                ? EnumSet.allOf(Visibility.class)
                : EnumSet.of(Visibility.PUBLIC, Visibility.RESTRICTED);
        return service.search(new SearchCriteria(channelId, from, to, authorHandle, direction, kind, q,
                registrationNumber, visible,
                null, page, size));
    }
}
