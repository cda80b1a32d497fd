package se.uppsikt.moderation.audit;

import java.util.Optional;
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
import se.uppsikt.moderation.audit.api.AuditEventView;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only log of moderator actions, including views of secret items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Audit log entries in the order written, optionally for one target or one actor")
    public PageView<AuditEventView> read(@QueryParam("targetId") String targetId, @QueryParam("actor") String actor,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return log.read(parseTarget(targetId), Optional.ofNullable(actor).filter(a -> !a.isBlank()), page, size);
    }

    private static Optional<UUID> parseTarget(String targetId) {
        if (targetId == null || targetId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(targetId.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("targetId", "targetId must be a UUID");
        }
    }
}
