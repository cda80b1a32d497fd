package se.uppsikt.archive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.search.api.PublicItem;
import se.uppsikt.archive.search.api.PublicSearchPage;
import se.uppsikt.commons.api.PageView;

/**
 * Public search, no token: the authority's own published posts (OUTBOUND) and, for channels configured in
 * {@code archive.public.inbound-channels}, what others wrote there. Only PUBLIC items, never RESTRICTED or SECRET.
 * Also as an accessible Swedish HTML page that works without JavaScript.
 */
@Path("/")
@PermitAll
@Tag(name = "Public search", description = "The authority's published posts, searchable by anyone; no token needed")
public class PublicSearchResource {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final SearchService service;
    private final List<UUID> inboundChannels;
    private final Template page;
    private final int countLimit;

    public PublicSearchResource(SearchService service,
            @ConfigProperty(name = "archive.public.inbound-channels") Optional<List<UUID>> inboundChannels,
            @Location("arkiv.html") Template page,
            @ConfigProperty(name = "archive.public.search.count-limit", defaultValue = "100") int countLimit) {
        this.service = service;
        this.inboundChannels = inboundChannels.orElse(List.of());
        this.page = page;
        this.countLimit = countLimit;
    }

    @GET
    @Path("api/public/v1/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the authority's published posts, newest first")
    public PublicSearchPage search(
            @QueryParam("q") @Size(max = 500, message = "q is at most 500 characters") String q,
            @QueryParam("channelId") UUID channelId,
            @QueryParam("from") Instant from,
            @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "size must be 1 to 100") @Max(value = PageView.MAX_SIZE, message = "size must be 1 to 100") int size) {
        return publicSearch(q, channelId, from, to, page, size);
    }

    @GET
    @Path("arkiv")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The public search as an accessible Swedish HTML page")
    @APIResponse(responseCode = "200", description = "HTML in Swedish", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public TemplateInstance html(
            @QueryParam("q") @Size(max = 500, message = "q is at most 500 characters") String q,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page must be 0 or more") int page) {
        PublicSearchPage result = publicSearch(q, null, null, null, page, 20);
        List<PageRow> rows = result.items().stream()
                .map(i -> new PageRow(SWEDISH_TIME.format(i.platformCreatedAt()), i.platform().swedishName(),
                        i.authorDisplayName(), i.text()))
                .toList();
        boolean more = result.totalIsLowerBound() || (long) (page + 1) * result.size() < result.total();
        String query = "/arkiv?q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8) + "&page=";
        return this.page.data("q", q == null ? "" : q).data("rows", rows).data("total", result.total())
                .data("lowerBound", result.totalIsLowerBound())
                .data("previous", page > 0 ? query + (page - 1) : null)
                .data("next", more ? query + (page + 1) : null);
    }

    private PublicSearchPage publicSearch(String q, UUID channelId, Instant from, Instant to, int page, int size) {
        var result = service.search(new SearchCriteria(channelId, from, to, null, null, null, q, null,
                EnumSet.of(Visibility.PUBLIC), inboundChannels, page, size), countLimit);
        boolean more = result.total() > countLimit;
        return new PublicSearchPage(result.items().stream().map(PublicItem::of).toList(), result.page(),
                result.size(), more ? countLimit : result.total(), more);
    }

    /** A row of the HTML page; the time in Europe/Stockholm with its offset. */
    public record PageRow(String time, String platform, String author, String text) {
    }
}
