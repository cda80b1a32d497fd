package se.uppsikt.moderation.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.commons.security.Roles;
import se.uppsikt.moderation.report.api.SupervisionReport;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Monthly supervision reports per channel")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final SupervisionReportService reports;
    private final SupervisionReportDocument document;

    public ReportResource(SupervisionReportService reports, SupervisionReportDocument document) {
        this.reports = reports;
        this.document = document;
    }

    @GET
    @Path("supervision")
    @RolesAllowed({Roles.AUDITOR, Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "Supervision in one month per channel: share reviewed in time, decisions by reason and moderator")
    public SupervisionReport supervision(
            @QueryParam("month") @Parameter(description = "YYYY-MM, Swedish calendar month", example = "2026-11") String month,
            @QueryParam("channelId") String channelId) {
        return reports.monthly(parseMonth(month), parseChannel(channelId));
    }

    @GET
    @Path("supervision.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.AUDITOR, Roles.CHANNEL_ADMIN, Roles.ADMIN})
    @Operation(summary = "The same monthly supervision report as PDF/A-2b, for filing")
    public Response supervisionPdf(
            @QueryParam("month") @Parameter(description = "YYYY-MM, Swedish calendar month", example = "2026-11") String month,
            @QueryParam("channelId") String channelId) {
        YearMonth parsed = parseMonth(month);
        byte[] pdf = document.render(reports.monthly(parsed, parseChannel(channelId)));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"tillsynsrapport-" + parsed + ".pdf\"")
                .build();
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            throw ApiProblem.invalidField("month", "month is required, written as YYYY-MM, e.g. 2026-11");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField("month", "month must be written as YYYY-MM, e.g. 2026-11");
        }
    }

    private static Optional<UUID> parseChannel(String channelId) {
        if (channelId == null || channelId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(channelId.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("channelId", "channelId must be a UUID");
        }
    }
}
