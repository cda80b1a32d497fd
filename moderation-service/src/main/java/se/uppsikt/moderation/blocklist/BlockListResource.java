package se.uppsikt.moderation.blocklist;

import java.util.UUID;

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

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.moderation.blocklist.api.BlockListEntryView;

@Path("/api/v1/block-list")
@Tag(name = "Block list", description = "Who is blocked in a channel, by which decision: records that are never deleted")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BlockListResource {

    private final BlockList blockList;

    public BlockListResource(BlockList blockList) {
        this.blockList = blockList;
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One channel's block list, newest block first")
    public PageView<BlockListEntryView> list(@QueryParam("channelId") String channelId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        if (channelId == null || channelId.isBlank()) {
            throw ApiProblem.invalidField("channelId", "channelId is required: block lists are kept per channel");
        }
        UUID channel;
        try {
            channel = UUID.fromString(channelId.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("channelId", "channelId must be a UUID");
        }
        return blockList.forChannel(channel, page, size);
    }
}
