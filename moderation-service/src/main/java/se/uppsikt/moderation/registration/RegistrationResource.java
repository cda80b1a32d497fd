package se.uppsikt.moderation.registration;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.moderation.registration.api.CompletionRequest;
import se.uppsikt.moderation.registration.api.RegistrationRequest;
import se.uppsikt.moderation.registration.api.RegistrationSummary;
import se.uppsikt.moderation.registration.api.RegistrationView;

@Path("/api/v1/registrations")
@Tag(name = "Registrations", description = "Registration (diarieföring) of documents in the authority's case system")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private final RegistrationService service;
    private final SecurityIdentity identity;

    public RegistrationResource(RegistrationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.MODERATOR, Roles.REGISTRAR})
    @Operation(summary = "Ask for a document to be registered; the same sourceReference again returns the first registration")
    public Response submit(@NotNull(message = "a request body is required") @Valid RegistrationRequest request) {
        return Response.accepted(service.submit(request, identity.getPrincipal().getName())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SERVICE, Roles.MODERATOR, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Where a registration stands, with its registration number once known")
    public RegistrationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "Registrations in one status, oldest first; DEAD_LETTER lists those a registrar must finish by hand")
    public PageView<RegistrationSummary> list(
            @QueryParam("status") @DefaultValue("DEAD_LETTER") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(parseStatus(status), page, size);
    }

    private static RegistrationStatus parseStatus(String status) {
        try {
            return RegistrationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("status", "status must be PENDING, REGISTERED or DEAD_LETTER");
        }
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.REGISTRAR, Roles.SERVICE})
    @Operation(summary = "Store the registration number given by hand (registrar) or by the case system's callback")
    public RegistrationView complete(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid CompletionRequest request) {
        return service.complete(id, request.registrationNumber(), identity.getPrincipal().getName());
    }
}
