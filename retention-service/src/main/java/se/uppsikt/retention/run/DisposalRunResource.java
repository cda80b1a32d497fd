package se.uppsikt.retention.run;

import java.net.URI;
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
import se.uppsikt.commons.security.Roles;
import se.uppsikt.retention.run.api.CreateRunRequest;
import se.uppsikt.retention.run.api.RunItemView;
import se.uppsikt.retention.run.api.RunView;

@Path("/api/v1/disposal-runs")
@Tag(name = "Disposal runs", description = "Gallring in two steps: a dry run a person reads and approves, then execution")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DisposalRunResource {

    private final DisposalRunService service;
    private final DisposalExecutor executor;
    private final SecurityIdentity identity;

    public DisposalRunResource(DisposalRunService service, DisposalExecutor executor, SecurityIdentity identity) {
        this.service = service;
        this.executor = executor;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ARCHIVIST)
    @Operation(summary = "Create a dry run under a retention decision: every candidate with its verdict")
    public Response create(@NotNull(message = "a request body is required") @Valid CreateRunRequest request) {
        RunView run = service.create(request.decisionId(), identity.getPrincipal().getName(), false);
        return Response.created(URI.create("/api/v1/disposal-runs/" + run.id())).entity(run).build();
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List disposal runs, newest first")
    public PageView<RunView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read one disposal run")
    public RunView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/items")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The run's candidates in item id order: verdict, reason, due date and outcome")
    public PageView<RunItemView> items(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.items(id, page, size);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.ARCHIVIST)
    @Operation(summary = "Approve a dry run; the approver must not be its creator (four-eyes)")
    public RunView approve(@PathParam("id") UUID id) {
        return service.approve(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/execute")
    @RolesAllowed(Roles.ARCHIVIST)
    @Operation(summary = "Execute an approved run, or resume one that was interrupted")
    public RunView execute(@PathParam("id") UUID id) {
        executor.execute(id, identity.getPrincipal().getName());
        return service.get(id);
    }
}
