package se.uppsikt.retention.record;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import se.uppsikt.commons.security.Roles;

@Path("/api/v1/disposal-runs/{id}/record")
@Tag(name = "Disposal records", description = "Gallringsprotokoll: what a run destroyed, under which decision, proven by hashes")
@Authenticated
public class DisposalRecordResource {

    private final DisposalRecordService records;
    private final RecordItems items;
    private final RecordRegistrar registrar;

    public DisposalRecordResource(DisposalRecordService records, RecordItems items, RecordRegistrar registrar) {
        this.records = records;
        this.items = items;
        this.registrar = registrar;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The disposal record (gallringsprotokoll) of an executed run as JSON, streamed item by item")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisposalRecord.class)))
    public Response record(@PathParam("id") UUID id) {
        // a registration still pending is asked about on read, so the number shows as soon as the diarium has it
        registrar.refresh(id);
        RecordSummary summary = records.summary(id);
        StreamingOutput body = out -> records.writeJson(summary, out);
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The disposal record as PDF/A-2b (veraPDF-validated), naming the item list by SHA-256")
    public Response pdf(@PathParam("id") UUID id) {
        RecordSummary summary = records.summary(id);
        byte[] pdf = records.pdf(summary, items.describeCsv(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"gallringsprotokoll-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("items.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The record's complete item list as CSV, streamed; its SHA-256 is printed in the PDF/A")
    public Response itemList(@PathParam("id") UUID id) {
        records.summary(id);
        StreamingOutput body = out -> items.writeCsv(id, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + RecordItems.csvName(id) + "\"")
                .build();
    }
}
