package se.uppsikt.retention.upcoming;

import java.util.List;

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

import se.uppsikt.commons.security.Roles;

@Path("/api/v1/upcoming-disposals")
@Tag(name = "Upcoming disposals", description = "What the decisions in force will allow disposing of soon, per channel and decision")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UpcomingDisposalsResource {

    private final UpcomingDisposalsService service;

    public UpcomingDisposalsResource(UpcomingDisposalsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Records due for disposal within the next days (default 90), per channel and decision")
    public List<UpcomingDisposal> upcoming(
            @QueryParam("days") @DefaultValue("90") @Min(value = 1, message = "days must be at least 1") @Max(value = 366, message = "days is at most 366") int days) {
        return service.next(days);
    }
}
