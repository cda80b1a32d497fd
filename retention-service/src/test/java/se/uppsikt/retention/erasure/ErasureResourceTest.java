package se.uppsikt.retention.erasure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.retention.run.RunFixtures.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ErasureResourceTest {

    private static final String PATH = "/api/v1/erasure-requests";
    private static final Instant OLD = Instant.now().minus(400, ChronoUnit.DAYS);

    @Inject
    ErasureRequestRepository requests;

    private final UUID authority = UUID.randomUUID();
    private final UUID channel = FakeDownstream.channel(authority, "FACEBOOK_PAGE", null, null);

    private static String body(UUID channel, UUID... items) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : items) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(id).append('"');
        }
        return """
                {"subjectReference": "Anders Andersson (@anders)", "channelId": "%s", "itemIds": [%s],
                 "receivedOn": "2026-11-02"}
                """.formatted(channel, ids);
    }

    @Test
    void recordsCoveredByADecisionGoToANormalRunAndTheRestAreKeptUnderArchiveLaw() {
        Item comment = FakeDownstream.item(channel, "COMMENT", OLD, false);
        Item reply = FakeDownstream.item(channel, "REPLY", Instant.now().minus(10, ChronoUnit.DAYS), false);
        Item post = FakeDownstream.item(channel, "POST", OLD, false);
        String decisionId = decision(authority, List.of(channel), "\"COMMENT\", \"REPLY\"", "P1Y", "CREATED", true,
                "");
        UUID missing = UUID.randomUUID();

        String id = given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body(body(channel, comment.itemId, reply.itemId, post.itemId, missing))
                .when().post(PATH)
                .then().statusCode(201)
                .body("outcome", equalTo("PARTLY_DISPOSED_BY_RUN"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("registeredBy", equalTo("rut"))
                .body("subjectReference", equalTo("Anders Andersson (@anders)"))
                .body("answer", containsString("arkivlagen"))
                .body("answer", containsString("avpubliceras"))
                .body(verdict(comment.itemId), equalTo("COVERED_BY_DECISION"))
                .body(verdict(reply.itemId), equalTo("COVERED_BY_DECISION"))
                .body(verdict(post.itemId), equalTo("NO_DECISION"))
                .body(verdict(missing), equalTo("NOT_FOUND"))
                .body("items.find { it.itemId == '" + reply.itemId + "' }.decisionId", equalTo(decisionId));
    }

    @Test
    void recordsWithoutAnyDecisionAreKeptBecauseArchiveLawPrevails() {
        Item post = FakeDownstream.item(channel, "POST", OLD, false);
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body(channel, post.itemId))
                .when().post(PATH)
                .then().statusCode(201)
                .body("outcome", equalTo("ARCHIVE_LAW_PREVAILS"))
                .body("answer", containsString("17.3 b"));
        assertEquals(0, FakeDownstream.destructions(post.itemId));
    }

    @Test
    void requestWithoutItemsIsRejectedNamingTheFieldAndNothingIsWritten() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body(body(channel))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("itemIds"));
        assertEquals(before, count());
    }

    @Test
    void requestForAChannelNotInTheRegisterIsRejected() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body(body(UUID.randomUUID(), UUID.randomUUID()))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("channelId"));
        assertEquals(before, count());
    }

    @Test
    void unknownRequestIsNotFound() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void erasureEndpointsRefuseRequestsWithoutToken() {
        long before = count();
        given().contentType(ContentType.JSON).body(body(channel, UUID.randomUUID()))
                .when().post(PATH).then().statusCode(401);
        given().when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(401);
        assertEquals(before, count());
    }

    @Test
    void moderatorMayNeitherRegisterNorReadErasureRequests() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(body(channel, UUID.randomUUID()))
                .when().post(PATH).then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(403);
        assertEquals(before, count());
    }

    private static String verdict(UUID itemId) {
        return "items.find { it.itemId == '" + itemId + "' }.verdict";
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(requests::count);
    }
}
