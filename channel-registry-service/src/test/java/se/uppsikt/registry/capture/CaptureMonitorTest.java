package se.uppsikt.registry.capture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.registry.channel.ChannelFixtures.BBS_2018;
import static se.uppsikt.registry.channel.ChannelFixtures.completeInformation;
import static se.uppsikt.registry.channel.ChannelFixtures.facebookPage;
import static se.uppsikt.registry.channel.ChannelFixtures.uniqueHandle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.registry.channel.ChannelFixtures;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class CaptureMonitorTest {

    @Inject
    ObjectMapper json;

    @Inject
    CaptureMonitor monitor;

    @Inject
    EntityManager em;

    @Test
    void channelNotCapturedForSevenMonthsRaisesOneAlertUntilACaptureSucceeds() throws Exception {
        String id = activeChannel();
        // Seven months ago the channel opened, and nothing has been captured since.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update channel set first_activated_at = ?1 where id = ?2")
                .setParameter(1, Instant.now().minus(213, ChronoUnit.DAYS)).setParameter(2, UUID.fromString(id))
                .executeUpdate());

        monitor.check();
        monitor.check();
        given().auth().oauth2(Tokens.forUser("arvid", "archivist")).get("/api/v1/channels/capture-alerts")
                .then().statusCode(200)
                .body("findAll { it.channelId == '" + id + "' }.size()", equalTo(1));

        report(id, "FAILED").statusCode(204);
        monitor.check();
        given().auth().oauth2(Tokens.forUser("arvid", "archivist")).get("/api/v1/channels/capture-alerts")
                .then().body("channelId", hasItem(id));

        report(id, "SUCCEEDED").statusCode(204);
        given().auth().oauth2(Tokens.forUser("arvid", "archivist")).get("/api/v1/channels/capture-alerts")
                .then().statusCode(200).body("channelId", not(hasItem(id)));
        given().auth().oauth2(Tokens.forUser("greta", "auditor")).get("/api/v1/channels/" + id)
                .then().body("lastCaptureAt", equalTo("2026-11-01T03:00:00Z"));
    }

    @Test
    void recentlyActivatedChannelIsNotOverdue() throws Exception {
        String id = activeChannel();
        monitor.check();
        given().auth().oauth2(Tokens.forUser("arvid", "archivist")).get("/api/v1/channels/capture-alerts")
                .then().statusCode(200).body("channelId", not(hasItem(id)));
    }

    @Test
    void reportWithUnknownStatusIsRejectedNamingTheField() throws Exception {
        String id = activeChannel();
        given().auth().oauth2(Tokens.forService("archive-service")).contentType(ContentType.JSON)
                .body("""
                        {"captureId": "%s", "status": "DONE", "completedAt": "2026-11-01T03:00:00Z"}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/channels/" + id + "/captures")
                .then().statusCode(400).body("field", equalTo("status"));
        Object last = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select last_capture_at from channel where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertEquals(null, last);
    }

    private io.restassured.response.ValidatableResponse report(String channelId, String status) {
        return given().auth().oauth2(Tokens.forService("archive-service")).contentType(ContentType.JSON)
                .body("""
                        {"captureId": "%s", "status": "%s", "completedAt": "2026-11-01T03:00:00Z"}
                        """.formatted(UUID.randomUUID(), status))
                .post("/api/v1/channels/" + channelId + "/captures").then();
    }

    private String activeChannel() throws Exception {
        String id = given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(
                        facebookPage(ChannelFixtures.authority(), uniqueHandle(), completeInformation(BBS_2018))))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body("{\"status\": \"ACTIVE\"}").post("/api/v1/channels/" + id + "/status").then().statusCode(200);
        return id;
    }
}
