package se.uppsikt.retention.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of moderation-service's {@code POST /api/v1/registrations} (contracts §7). Attachment content stays in
 * files: {@link #writeTo} base64-encodes it straight from disk into the body, so a large item list is never held in
 * memory, neither as bytes nor as base64.
 */
public record RegistrationRequest(String sourceReference, String sourceService, UUID authorityId,
        String registryUnit, String caseNumber, NewCase newCase, String documentTitle, String description,
        String direction, LocalDate documentDate, String counterparty, Object secrecy, String responsibleUnit,
        List<Attachment> attachments, String externalReference) {

    public record NewCase(String title, String caseType, String classificationCode) {
    }

    /** An attachment whose content is the file {@code content}; {@code sha256} is that of the file's bytes. */
    public record Attachment(String name, String mediaType, String sha256, @JsonIgnore Path content) {
    }

    /** Writes the request as JSON to {@code out}, streaming each attachment's content as base64. */
    public void writeTo(ObjectMapper json, OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            JsonNode fields = json.valueToTree(this);
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                if (field.getKey().equals("attachments")) {
                    continue;
                }
                g.writeFieldName(field.getKey());
                g.writeTree(field.getValue());
            }
            g.writeArrayFieldStart("attachments");
            for (Attachment a : attachments) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                g.writeStringField("mediaType", a.mediaType());
                g.writeStringField("sha256", a.sha256());
                g.writeFieldName("contentBase64");
                try (InputStream in = Files.newInputStream(a.content())) {
                    g.writeBinary(in, Math.toIntExact(Files.size(a.content())));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
