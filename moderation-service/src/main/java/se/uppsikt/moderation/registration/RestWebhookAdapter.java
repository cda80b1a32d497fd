package se.uppsikt.moderation.registration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generic REST webhook to a case system: the canonical request as JSON, signed with HMAC-SHA256 over the exact body
 * bytes ({@code X-Uppsikt-Signature: sha256=<hex>}) and carrying the source reference as {@code Idempotency-Key}.
 * The JDK HTTP client is used rather than a REST client because the signature must cover the bytes actually sent.
 * The case system answers 200/201 with {@code {"registrationNumber": "KS 2026/0123-4"}}, or 202 when the number
 * will come back later by callback.
 */
@ApplicationScoped
public class RestWebhookAdapter implements CaseSystemAdapter {

    static final String SIGNATURE_HEADER = "X-Uppsikt-Signature";

    private final RegistrationConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public RestWebhookAdapter(RegistrationConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhook().timeout()).build();
    }

    @Override
    public String name() {
        return "rest-webhook";
    }

    @Override
    public Optional<String> deliver(Registration registration) throws DeliveryFailedException {
        URI url = config.webhook().url()
                .orElseThrow(() -> new DeliveryFailedException("registration.webhook.url is not configured", true));
        String secret = config.webhook().secret().orElseThrow(
                () -> new DeliveryFailedException("registration.webhook.secret is not configured", true));
        byte[] body = body(registration);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.webhook().timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header(SIGNATURE_HEADER, "sha256=" + hmacSha256Hex(secret, body))
                .header("Idempotency-Key", registration.sourceReference)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException("case system not reachable: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting for the case system", false);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return Optional.of(registrationNumber(response.body()));
        }
        if (status == 202) {
            // Accepted for manual registration at the other end; the number comes back by callback.
            return Optional.empty();
        }
        // 408 and 429 say "later"; other 4xx say the request itself is wrong and repeating it cannot help.
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        throw new DeliveryFailedException("case system answered HTTP " + status, permanent);
    }

    private String registrationNumber(String body) throws DeliveryFailedException {
        try {
            Answer answer = json.readValue(body, Answer.class);
            if (answer.registrationNumber() == null || answer.registrationNumber().isBlank()) {
                throw new DeliveryFailedException("case system answered without a registrationNumber", false);
            }
            return answer.registrationNumber().strip();
        } catch (IOException e) {
            throw new DeliveryFailedException("case system answer is not the expected JSON", false);
        }
    }

    private byte[] body(Registration r) throws DeliveryFailedException {
        List<Payload.File> files = r.attachments.stream().map(a -> new Payload.File(a.name, a.mediaType, a.sha256,
                Base64.getEncoder().encodeToString(a.content))).toList();
        Payload payload = new Payload(r.id, r.sourceReference, r.sourceService, r.authorityId, r.registryUnit,
                r.caseNumber, r.newCaseTitle == null
                        ? null
                        : new Payload.NewCase(r.newCaseTitle, r.newCaseType, r.newCaseClassification),
                r.documentTitle, r.description, r.direction, r.documentDate, r.counterparty,
                r.isSecret()
                        ? new Payload.Secrecy(r.secrecyProvision, r.protectedTitle, r.protectedDescription,
                                r.protectedCounterparty)
                        : null,
                r.responsibleUnit, files, r.externalReference);
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new DeliveryFailedException("registration could not be written as JSON", true);
        }
    }

    static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** What the case system receives: the public register fields, and the protected ones kept apart. */
    record Payload(UUID registrationId, String sourceReference, String sourceService, UUID authorityId,
            String registryUnit, String caseNumber, NewCase newCase, String documentTitle, String description,
            Direction direction, LocalDate documentDate, String counterparty, Secrecy secrecy,
            String responsibleUnit, List<File> attachments, String externalReference) {

        record NewCase(String title, String caseType, String classificationCode) {
        }

        record Secrecy(String provision, String protectedTitle, String protectedDescription,
                String protectedCounterparty) {
        }

        record File(String name, String mediaType, String sha256, String contentBase64) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String registrationNumber) {
    }
}
