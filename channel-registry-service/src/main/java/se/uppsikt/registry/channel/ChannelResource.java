package se.uppsikt.registry.channel;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.registry.capture.CaptureMonitor;
import se.uppsikt.registry.capture.api.CaptureAlertView;
import se.uppsikt.registry.capture.api.CaptureReport;
import se.uppsikt.registry.channel.api.CaptureScheduleView;
import se.uppsikt.registry.channel.api.ChannelRequest;
import se.uppsikt.registry.channel.api.ChannelView;
import se.uppsikt.registry.channel.api.StatusChangeRequest;
import se.uppsikt.registry.history.api.ChangeView;
import se.uppsikt.registry.publicregister.RegisterFormats;
import se.uppsikt.registry.publicregister.RegisterQueries;

@Path("/api/v1/channels")
@Tag(name = "Channels", description = "The förteckning: every social media channel, its responsible persons and rules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    private final ChannelService service;
    private final RegisterQueries register;
    private final CaptureMonitor captures;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ChannelResource(ChannelService service, RegisterQueries register, CaptureMonitor captures,
            SecurityIdentity identity, Clock clock) {
        this.service = service;
        this.register = register;
        this.captures = captures;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Register a channel (it starts PLANNED)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    public Response register(@NotNull(message = "a request body is required") @Valid ChannelRequest request) {
        ChannelView created = service.register(request, actor());
        return Response.created(URI.create("/api/v1/channels/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR,
            Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "List channels, optionally by status")
    public PageView<ChannelView> list(@QueryParam("status") List<ChannelStatus> status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return service.list(status == null ? List.of() : status, page, size);
    }

    @GET
    @Path("capture-schedules")
    @RolesAllowed({Roles.SERVICE, Roles.ARCHIVIST, Roles.ADMIN})
    @Operation(summary = "Active and paused channels with their capture schedules (for archive-service)")
    public List<CaptureScheduleView> captureSchedules() {
        return service.captureSchedules();
    }

    @GET
    @Path("capture-alerts")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Channels without a successful capture within their interval (open alerts)")
    public List<CaptureAlertView> captureAlerts() {
        return captures.openAlerts();
    }

    @POST
    @Path("{id}/captures")
    @RolesAllowed({Roles.SERVICE})
    @Operation(summary = "The archive reports a finished capture of the channel")
    @APIResponse(responseCode = "204", description = "Recorded")
    public Response reportCapture(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid CaptureReport report) {
        captures.report(id, report);
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The whole register as CSV for the arkivbeskrivning / informationshanteringsplan")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8, Swedish headers", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv() {
        return Response.ok(RegisterFormats.exportCsv(register.allEntries()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kanalforteckning-export.csv\"").build();
    }

    @GET
    @Path("export.xml")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The whole register as XML for the arkivbeskrivning / informationshanteringsplan")
    @APIResponse(responseCode = "200", description = "XML, UTF-8", content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    public Response exportXml() {
        String xml = RegisterFormats.exportXml(register.allEntries(),
                LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))));
        return Response.ok(xml, "application/xml; charset=UTF-8").build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.MODERATOR, Roles.REGISTRAR, Roles.ARCHIVIST, Roles.AUDITOR,
            Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read one channel")
    public ChannelView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Replace a channel's record; every changed field is kept in its history")
    public ChannelView replace(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid ChannelRequest request) {
        return service.replace(id, request, actor());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Move a channel through PLANNED → ACTIVE → PAUSED → CLOSED")
    public ChannelView changeStatus(@PathParam("id") UUID id,
            @NotNull(message = "a request body is required") @Valid StatusChangeRequest request) {
        return service.changeStatus(id, request, actor());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.CHANNEL_ADMIN, Roles.ARCHIVIST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every change to a channel: who, when, which field, old and new value")
    public List<ChangeView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
