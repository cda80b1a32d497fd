package se.uppsikt.registry.publicregister;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import se.uppsikt.registry.channel.api.PublicChannelView;

/**
 * The public register, without a token: every Swedish public body must publish where it is active in social media
 * (SKL; requirement 4). JSON and CSV for re-use, and an accessible Swedish HTML page.
 */
@Path("/")
@Tag(name = "Public register", description = "The förteckning as the public sees it; no token needed")
public class PublicRegisterResource {

    private final RegisterQueries queries;
    private final Template page;

    public PublicRegisterResource(RegisterQueries queries, @Location("kanaler.html") Template page) {
        this.queries = queries;
        this.page = page;
    }

    @GET
    @Path("api/public/v1/channels")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public register as JSON (active, paused and closed channels)")
    public List<PublicChannelView> json() {
        return queries.publicEntries().stream().map(e -> PublicChannelView.of(e.channel(), e.authorityName()))
                .toList();
    }

    @GET
    @Path("api/public/v1/channels.csv")
    @Produces("text/csv")
    @Operation(summary = "The public register as CSV")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8, Swedish headers", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv() {
        return Response.ok(RegisterFormats.publicCsv(queries.publicEntries()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kanalforteckning.csv\"").build();
    }

    @GET
    @Path("kanaler")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The public register as an accessible Swedish HTML page")
    @APIResponse(responseCode = "200", description = "HTML in Swedish", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public TemplateInstance html() {
        return page.data("rows", queries.publicEntries().stream().map(PublicRow::of).toList());
    }
}
