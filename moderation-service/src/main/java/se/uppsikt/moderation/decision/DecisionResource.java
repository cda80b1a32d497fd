package se.uppsikt.moderation.decision;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.moderation.decision.api.DecisionRequest;
import se.uppsikt.moderation.decision.api.DecisionView;
import se.uppsikt.moderation.notice.RemovalNoticeService;
import se.uppsikt.moderation.notice.api.NoticeRequest;
import se.uppsikt.moderation.notice.api.NoticeView;

@Path("/api/v1/decisions")
@Tag(name = "Decisions", description = "Documented moderation decisions: triage outcomes, removals with evidence, corrections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService service;
    private final RemovalNoticeService notices;
    private final SecurityIdentity identity;

    public DecisionResource(DecisionService service, RemovalNoticeService notices, SecurityIdentity identity) {
        this.service = service;
        this.notices = notices;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Record a triage decision; removals seal evidence in the archive before the platform acts")
    public Response decide(@NotNull(message = "a request body is required") @Valid DecisionRequest request) {
        return created(service.decide(request, identity.getPrincipal().getName()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Approve, as a second moderator, a REMOVE or BLOCK_USER awaiting four-eyes approval")
    public Response approve(@PathParam("id") UUID id) {
        return created(service.approve(id, identity.getPrincipal().getName()));
    }

    private static Response created(DecisionView decision) {
        if (decision.execution() == Execution.NOT_EXECUTED) {
            // Recorded (it is a record that the moderator tried), but the moderator must know nothing happened.
            boolean evidence = decision.executionDetail().startsWith("EVIDENCE_FAILED");
            throw new ApiProblem(evidence ? 422 : 502, evidence ? "evidence-failed" : "platform-failed",
                    evidence ? "Evidence could not be sealed" : "The platform did not act",
                    "Decision " + decision.id() + " is recorded but was not executed; nothing was "
                            + (evidence
                                    ? "removed, because no evidence could be sealed first"
                                    : "changed on the platform")
                            + ". " + decision.executionDetail(),
                    null);
        }
        return Response.created(URI.create("/api/v1/decisions/" + decision.id())).entity(decision).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.AUDITOR, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "One decision, with its registration number once registered")
    public DecisionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/notice")
    @RolesAllowed({Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The Swedish notice to the author of a removed item, with the link to the channel's rules,"
            + " and whether it was sent")
    public NoticeView notice(@PathParam("id") UUID id) {
        return notices.get(id);
    }

    @POST
    @Path("{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Record whether the author was told of the removal, how and when")
    public Response recordNotice(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid NoticeRequest request) {
        return Response.created(URI.create("/api/v1/decisions/" + id + "/notice"))
                .entity(notices.record(id, request, identity.getPrincipal().getName())).build();
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The decisions on one review item, oldest first, corrections included")
    public List<DecisionView> forReviewItem(@QueryParam("reviewItemId") String reviewItemId) {
        if (reviewItemId == null || reviewItemId.isBlank()) {
            throw ApiProblem.invalidField("reviewItemId", "reviewItemId is required");
        }
        UUID id;
        try {
            id = UUID.fromString(reviewItemId.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("reviewItemId", "reviewItemId must be a UUID");
        }
        return service.forReviewItem(id);
    }
}
