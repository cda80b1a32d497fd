package se.uppsikt.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The generated OpenAPI clients as an integrator configures them: one base URL, a bearer token from Keycloak. People
 * go through the gateway; the capture tool, a machine client, talks to the archive's internal ingest API, which the
 * gateway does not route on purpose.
 */
final class Clients {

    /** A call that hangs fails the story with its step and service instead of waiting for the build's timeout. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(90);

    private final Keycloak keycloak;
    private final String gatewayUrl;
    private final String archiveUrl;

    Clients(Keycloak keycloak, String gatewayUrl, String archiveUrl) {
        this.keycloak = keycloak;
        this.gatewayUrl = gatewayUrl;
        this.archiveUrl = archiveUrl;
    }

    se.uppsikt.client.registry.ApiClient registry(String user) {
        var client = new se.uppsikt.client.registry.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setReadTimeout(ANSWER_WITHIN);
        String token = keycloak.tokenFor(user);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    se.uppsikt.client.archive.ApiClient archive(String user) {
        return archiveAt(gatewayUrl, keycloak.tokenFor(user));
    }

    /** Without a token, as the public reaches the archive's public search. */
    se.uppsikt.client.archive.ApiClient archivePublic() {
        var client = new se.uppsikt.client.archive.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setReadTimeout(ANSWER_WITHIN);
        return client;
    }

    /** The capture tool's client-credentials token, straight to the archive service. */
    se.uppsikt.client.archive.ApiClient captureTool() {
        return archiveAt(archiveUrl, keycloak.serviceToken(Keycloak.CAPTURE_CLIENT, Keycloak.CAPTURE_SECRET));
    }

    se.uppsikt.client.moderation.ApiClient moderation(String user) {
        var client = new se.uppsikt.client.moderation.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setReadTimeout(ANSWER_WITHIN);
        String token = keycloak.tokenFor(user);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    se.uppsikt.client.retention.ApiClient retention(String user) {
        var client = new se.uppsikt.client.retention.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setReadTimeout(ANSWER_WITHIN);
        String token = keycloak.tokenFor(user);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /**
     * A file download through the gateway as the person; the generated client returns nothing for a response
     * without a schema (application/zip).
     */
    byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(gatewayUrl + path)).timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + keycloak.tokenFor(user)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static se.uppsikt.client.archive.ApiClient archiveAt(String baseUrl, String token) {
        var client = new se.uppsikt.client.archive.ApiClient();
        client.updateBaseUri(baseUrl);
        client.setReadTimeout(ANSWER_WITHIN);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
