package se.uppsikt.retention.record;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import se.uppsikt.commons.security.Roles;

@Path("/api/v1/disposal-runs/{id}/record")
@Tag(name = "Disposal records", description = "Gallringsprotokoll: what a run destroyed, under which decision, proven by hashes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DisposalRecordResource {

    private final DisposalRecordService records;
    private final RecordRegistrar registrar;

    public DisposalRecordResource(DisposalRecordService records, RecordRegistrar registrar) {
        this.records = records;
        this.registrar = registrar;
    }

    @GET
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The disposal record (gallringsprotokoll) of an executed run, as JSON")
    public DisposalRecord record(@PathParam("id") UUID id) {
        // a registration still pending is asked about on read, so the number shows as soon as the diarium has it
        registrar.refresh(id);
        return records.record(id);
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ARCHIVIST, Roles.REGISTRAR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The disposal record as PDF/A-2b, validated with veraPDF, the form it is kept in")
    public Response pdf(@PathParam("id") UUID id) {
        byte[] pdf = RecordPdf.render(records.record(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"gallringsprotokoll-" + id + ".pdf\"")
                .build();
    }
}
