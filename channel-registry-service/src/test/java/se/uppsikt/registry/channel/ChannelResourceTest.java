package se.uppsikt.registry.channel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.registry.channel.ChannelFixtures.BBS_2018;
import static se.uppsikt.registry.channel.ChannelFixtures.completeInformation;
import static se.uppsikt.registry.channel.ChannelFixtures.facebookPage;
import static se.uppsikt.registry.channel.ChannelFixtures.uniqueHandle;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.registry.channel.api.CaptureScheduleRequest;
import se.uppsikt.registry.channel.api.ChannelRequest;
import se.uppsikt.registry.channel.api.PersonRequest;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ChannelResourceTest {

    @Inject
    ObjectMapper json;

    @Inject
    ChannelRepository channels;

    @Test
    void registeredChannelStartsPlannedWithDefaultsAndIsReadBack() throws Exception {
        UUID authority = ChannelFixtures.authority();
        String handle = uniqueHandle();
        String id = post(facebookPage(authority, handle, completeInformation(BBS_2018)))
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PLANNED"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("greta", "auditor"))
                .when().get("/api/v1/channels/" + id)
                .then().statusCode(200)
                .body("handle", equalTo(handle))
                .body("authorityId", equalTo(authority.toString()))
                .body("responsible.name", equalTo("Karin Karlsson"))
                .body("deputy.function", equalTo("Webbredaktör"))
                .body("captureSchedule.interval", equalTo("P6M"))
                .body("captureSchedule.scope", equalTo("ITEMS"))
                .body("reviewThresholdHours", equalTo(24))
                .body("classificationCode", equalTo("1.6.2"))
                .body("retentionDecisionRefs", hasItem("KS 2025/0412"))
                .body("termsReview.reviewedOn", equalTo("2026-03-02"))
                .body("termsReview.reviewedBy", equalTo("Jurist Johan Berg"))
                .body("jointController", equalTo(true))
                .body("jointControllerNoticeUrl", containsString("page_controller_addendum"))
                .body("information.text", containsString("allmänna handlingar"))
                .body("information.text", containsString("olaga hot"))
                .body("informationStatus", equalTo("CURRENT"));
    }

    @Test
    void handleThatIsNotValidOnThePlatformIsRejectedAndNothingWritten() throws Exception {
        long before = count();
        post(facebookPage(ChannelFixtures.authority(), "bad handle!", null))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("handle"));
        assertEquals(before, count());
    }

    @Test
    void urlOnAnotherPlatformsHostIsRejected() throws Exception {
        ChannelRequest r = facebookPage(ChannelFixtures.authority(), uniqueHandle(), null);
        ChannelRequest onInstagram = new ChannelRequest(r.authorityId(), r.platform(), r.handle(),
                "https://www.instagram.com/" + r.handle(), r.name(), r.purpose(), r.capacity(), r.dialogueEnabled(),
                r.responsible(), r.deputy(), r.supervisionPromise(), null, null, null, null, null, null, null, null,
                null, null);
        long before = count();
        post(onInstagram).then().statusCode(400).body("field", equalTo("url"));
        assertEquals(before, count());
    }

    @Test
    void responsiblePersonsEmailMustBeAnEmailAddress() throws Exception {
        ChannelRequest r = facebookPage(ChannelFixtures.authority(), uniqueHandle(), null);
        ChannelRequest bad = new ChannelRequest(r.authorityId(), r.platform(), r.handle(), r.url(), r.name(),
                r.purpose(), r.capacity(), r.dialogueEnabled(),
                new PersonRequest("Karin Karlsson", "Kommunikationschef", "inte-en-adress", true), r.deputy(),
                r.supervisionPromise(), null, null, null, null, null, null, null, null, null, null);
        long before = count();
        post(bad).then().statusCode(400).body("field", equalTo("responsible.email"));
        assertEquals(before, count());
    }

    @Test
    void endDateBeforeStartDateIsRejected() throws Exception {
        ChannelRequest r = facebookPage(ChannelFixtures.authority(), uniqueHandle(), null);
        ChannelRequest bad = new ChannelRequest(r.authorityId(), r.platform(), r.handle(), r.url(), r.name(),
                r.purpose(), r.capacity(), r.dialogueEnabled(), r.responsible(), r.deputy(), r.supervisionPromise(),
                null, null, null, null, null, null, null, java.time.LocalDate.of(2026, 5, 1),
                java.time.LocalDate.of(2026, 4, 1), null);
        post(bad).then().statusCode(400).body("field", equalTo("endDate"));
    }

    @Test
    void captureIntervalMustBeAnIsoPeriod() throws Exception {
        ChannelRequest r = ChannelFixtures.withSchedule(facebookPage(ChannelFixtures.authority(), uniqueHandle(), null),
                new CaptureScheduleRequest("every half year", null, CaptureScope.OVERVIEW));
        post(r).then().statusCode(400).body("field", equalTo("captureSchedule.interval"));
    }

    @Test
    void unknownAuthorityIsRejectedNamingTheField() throws Exception {
        post(facebookPage(UUID.randomUUID(), uniqueHandle(), null))
                .then().statusCode(400).body("field", equalTo("authorityId"));
    }

    @Test
    void samePlatformAndHandleTwiceIsAConflictWhateverTheCase() throws Exception {
        UUID authority = ChannelFixtures.authority();
        String handle = uniqueHandle();
        post(facebookPage(authority, handle, null)).then().statusCode(201);
        long before = count();
        post(facebookPage(authority, handle.toUpperCase(), null))
                .then().statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/channel-exists"));
        assertEquals(before, count());
    }

    @Test
    void everyChangedFieldIsKeptInTheHistoryWithWhoAndWhen() throws Exception {
        ChannelRequest original = facebookPage(ChannelFixtures.authority(), uniqueHandle(), null);
        String id = post(original).then().statusCode(201).extract().path("id");
        ChannelRequest changed = new ChannelRequest(original.authorityId(), original.platform(), original.handle(),
                original.url(), original.name(), "Krisinformation och dialog", original.capacity(),
                original.dialogueEnabled(), original.responsible(),
                new PersonRequest("Per Persson", "Webbredaktör", "per.persson@katrineholm.se", false),
                original.supervisionPromise(), original.reviewThresholdHours(), original.captureSchedule(),
                original.classificationCode(), original.retentionDecisionRefs(), original.termsReview(),
                original.jointController(), original.jointControllerNoticeUrl(), null, null, null);
        given().auth().oauth2(Tokens.forUser("bertil", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(changed))
                .when().put("/api/v1/channels/" + id)
                .then().statusCode(200).body("purpose", equalTo("Krisinformation och dialog"));

        given().auth().oauth2(Tokens.forUser("greta", "auditor"))
                .when().get("/api/v1/channels/" + id + "/history")
                .then().statusCode(200)
                .body("find { it.action == 'CREATED' && it.field == 'handle' }.changedBy", equalTo("anna"))
                .body("find { it.field == 'purpose' && it.action == 'UPDATED' }.oldValue",
                        equalTo("Information om kommunens service och dialog med invånarna"))
                .body("find { it.field == 'purpose' && it.action == 'UPDATED' }.newValue",
                        equalTo("Krisinformation och dialog"))
                .body("find { it.field == 'purpose' && it.action == 'UPDATED' }.changedBy", equalTo("bertil"))
                .body("find { it.field == 'deputy.name' && it.action == 'UPDATED' }.newValue",
                        equalTo("Per Persson"))
                .body("findAll { it.action == 'UPDATED' }.field", hasItems("purpose", "deputy.name",
                        "deputy.email"));
    }

    @Test
    void pushOnlyToolWithDialogueIsAChannelLikeAnyOther() throws Exception {
        ChannelRequest r = facebookPage(ChannelFixtures.authority(), uniqueHandle(), completeInformation(BBS_2018));
        ChannelRequest pushOnly = new ChannelRequest(r.authorityId(), Platform.X, "@krisinfo_kh",
                "https://x.com/krisinfo_kh", "Krisinformation Katrineholm", "Snabb krisinformation",
                Capacity.PUSH_ONLY, true, r.responsible(), r.deputy(), r.supervisionPromise(), null, null, null,
                null, null, null, null, null, null, r.information());
        String id = post(pushOnly).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body("{\"status\": \"ACTIVE\"}").post("/api/v1/channels/" + id + "/status")
                .then().statusCode(200);
        given().when().get("/api/public/v1/channels")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.capacity", equalTo("PUSH_ONLY"))
                .body("find { it.id == '" + id + "' }.dialogueEnabled", equalTo(true));
    }

    @Test
    void archiveReadsActiveChannelsWithTheirCaptureSchedules() throws Exception {
        ChannelRequest r = ChannelFixtures.withSchedule(
                facebookPage(ChannelFixtures.authority(), uniqueHandle(), completeInformation(BBS_2018)),
                new CaptureScheduleRequest(null, "0 0 3 1 1,7 ?", CaptureScope.FULL));
        String id = post(r).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body("{\"status\": \"ACTIVE\"}").post("/api/v1/channels/" + id + "/status")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forService("archive-service"))
                .when().get("/api/v1/channels/capture-schedules")
                .then().statusCode(200)
                .body("find { it.channelId == '" + id + "' }.cron", equalTo("0 0 3 1 1,7 ?"))
                .body("find { it.channelId == '" + id + "' }.scope", equalTo("FULL"));
    }

    private io.restassured.response.Response post(ChannelRequest request) throws Exception {
        return given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(request)).when().post("/api/v1/channels");
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(channels::count);
    }

}
