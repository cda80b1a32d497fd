package se.uppsikt.retention.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import se.uppsikt.commons.security.Roles;

@Path("/api/v1/disposal-runs/scheduled")
@Tag(name = "Disposal runs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ScheduledRunResource {

    private final ScheduledDisposals schedule;

    public ScheduledRunResource(ScheduledDisposals schedule) {
        this.schedule = schedule;
    }

    /** The answer of the Kubernetes CronJob trigger (contracts §8). */
    public record TriggerResult(int runsCreated, int runsExecuted) {
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Run the disposal schedule now (for the Kubernetes CronJob)")
    public Response trigger() {
        ScheduledDisposals.Outcome outcome = schedule.trigger();
        return Response.accepted(new TriggerResult(outcome.runsCreated(), outcome.runsExecuted())).build();
    }
}
