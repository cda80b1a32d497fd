package se.uppsikt.moderation.reason;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.moderation.reason.api.CatalogueRequest;
import se.uppsikt.moderation.reason.api.CatalogueView;

@Path("/api/v1/reasons")
@Tag(name = "Reasons", description = "The versioned catalogue of legal and policy grounds that moderation decisions cite")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReasonResource {

    private final ReasonCatalogueService service;
    private final SecurityIdentity identity;

    public ReasonResource(ReasonCatalogueService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR, Roles.CHANNEL_ADMIN,
            Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "The reason catalogue in force today, or on the given date")
    public CatalogueView inForce(
            @QueryParam("on") @Parameter(description = "Date as YYYY-MM-DD; today (Swedish time) when absent", example = "2025-06-30") String on) {
        return service.inForce(parseDate(on));
    }

    @GET
    @Path("catalogues/{version}")
    @RolesAllowed({Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR, Roles.CHANNEL_ADMIN,
            Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read one version of the reason catalogue")
    public CatalogueView catalogue(@PathParam("version") int version) {
        return service.get(version);
    }

    @POST
    @Path("catalogues")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new version of the reason catalogue, closing the previous one")
    public Response publish(@NotNull(message = "a request body is required") @Valid CatalogueRequest request) {
        CatalogueView created = service.publish(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/reasons/catalogues/" + created.version())).entity(created)
                .build();
    }

    private static Optional<LocalDate> parseDate(String on) {
        if (on == null || on.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(on.strip()));
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField("on", "on must be a calendar date written as YYYY-MM-DD, e.g. 2025-06-30");
        }
    }
}
