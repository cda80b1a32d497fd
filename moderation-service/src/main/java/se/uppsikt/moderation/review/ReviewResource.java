package se.uppsikt.moderation.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.moderation.review.api.AlertView;
import se.uppsikt.moderation.review.api.AssignRequest;
import se.uppsikt.moderation.review.api.ChannelQueueView;
import se.uppsikt.moderation.review.api.ReviewItemView;

@Path("/api/v1/review")
@Tag(name = "Review", description = "Supervision of incoming messages (BBS-lagen 4 §): the queue, claims and overdue alerts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService service;
    private final SecurityIdentity identity;

    public ReviewResource(ReviewService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("queue")
    @RolesAllowed({Roles.MODERATOR, Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Unreviewed items, oldest first, for one channel or all, with their age")
    public PageView<ReviewItemView> queue(@QueryParam("channelId") String channelId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.queue(parseChannel(channelId), page, size);
    }

    @GET
    @Path("channels")
    @RolesAllowed({Roles.MODERATOR, Roles.CHANNEL_ADMIN, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Per channel: unreviewed items, the age of the oldest, and whether it is overdue")
    public List<ChannelQueueView> channels() {
        return service.channels();
    }

    @GET
    @Path("items/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Operation(summary = "One review item")
    public ReviewItemView item(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("items/{id}/content")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "One review item with its text even when marked SECRET; every such view is audited")
    public ReviewItemView content(@PathParam("id") UUID id) {
        return service.reveal(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("items/{id}/claim")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Take an unclaimed item for review")
    public ReviewItemView claim(@PathParam("id") UUID id) {
        return service.claim(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("items/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MODERATOR, Roles.CHANNEL_ADMIN})
    @Operation(summary = "Hand an item to a named moderator")
    public ReviewItemView assign(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid AssignRequest request) {
        return service.assign(id, request.assignee(), identity.getPrincipal().getName());
    }

    @GET
    @Path("alerts")
    @RolesAllowed({Roles.MODERATOR, Roles.CHANNEL_ADMIN, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Items that waited longer than their channel's review threshold, newest alert first")
    public PageView<AlertView> alerts(@QueryParam("channelId") String channelId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.alerts(parseChannel(channelId), page, size);
    }

    private static Optional<UUID> parseChannel(String channelId) {
        if (channelId == null || channelId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(channelId.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("channelId", "channelId must be a UUID");
        }
    }
}
