package se.uppsikt.archive;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.uppsikt.testsupport.Tokens;

/** Test data built in code: ingest bodies, ingest calls and row counts. */
public final class Fixtures {

    private Fixtures() {
    }

    /** One item as JSON; {@code parent} may be null. */
    public static String item(UUID channel, String platformItemId, String parent, String kind, String direction,
            String text) {
        return """
                {"channelId": "%s", "platform": "FACEBOOK_PAGE", "platformItemId": "%s", "parentPlatformItemId": %s,
                 "kind": "%s", "direction": "%s",
                 "author": {"handle": "medborgare_1", "displayName": "Medborgare Ett", "platformUserId": "u-1"},
                 "platformCreatedAt": "2026-03-01T10:15:30.123456Z", "text": "%s",
                 "media": [{"mediaType": "image/png", "sourceUrl": "https://cdn.example/%s.png",
                            "contentBase64": "%s"}],
                 "rawPayload": {"id": "%s", "message": "%s", "likes": 3},
                 "sourceUrl": "https://facebook.example/posts/%s"}
                """.formatted(channel, platformItemId, parent == null ? "null" : "\"" + parent + "\"", kind,
                direction, text, platformItemId,
                java.util.Base64.getEncoder().encodeToString(("bild " + platformItemId).getBytes()), platformItemId,
                text, platformItemId);
    }

    public static String batch(List<String> items) {
        return """
                {"captureTool": "uppsikt-capture 0.1.0", "items": [%s]}""".formatted(String.join(",", items));
    }

    public static ValidatableResponse ingest(String body) {
        return given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(200);
    }

    /** Ingests one inbound comment and returns its item id. */
    public static String ingestComment(UUID channel, String text) {
        String platformId = "c-" + UUID.randomUUID();
        return ingest(batch(List.of(item(channel, platformId, null, "COMMENT", "INBOUND", text))))
                .extract().path("results[0].itemId");
    }

    public static long count(EntityManager em, String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public static void execute(EntityManager em, String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    public static String ids(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
