package se.uppsikt.registry.channel;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import se.uppsikt.registry.channel.api.CaptureScheduleRequest;
import se.uppsikt.registry.channel.api.ChannelRequest;
import se.uppsikt.registry.channel.api.InformationRequest;
import se.uppsikt.registry.channel.api.PersonRequest;
import se.uppsikt.registry.channel.api.TermsReviewRequest;
import se.uppsikt.testsupport.Tokens;

/** Channels and authorities built in code, as a channel administrator in Katrineholm would register them. */
public final class ChannelFixtures {

    public static final List<String> BBS_2018 = List.of("BBS_OLAGA_HOT", "BBS_OLAGA_INTEGRITETSINTRANG",
            "BBS_UPPVIGLING", "BBS_HETS_MOT_FOLKGRUPP", "BBS_BARNPORNOGRAFIBROTT", "BBS_OLAGA_VALDSSKILDRING",
            "BBS_OFFENTLIG_UPPMANING_TERROR", "BBS_UPPHOVSRATT");

    /** The 1998 list that seed 001 still quotes: out of date since olaga hot and integritetsintrång were added. */
    public static final List<String> BBS_1998 = List.of("BBS_UPPVIGLING", "BBS_HETS_MOT_FOLKGRUPP",
            "BBS_BARNPORNOGRAFIBROTT", "BBS_OLAGA_VALDSSKILDRING", "BBS_UPPHOVSRATT");

    private ChannelFixtures() {
    }

    public static String uniqueHandle() {
        return "katrineholm" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** Registers a new authority through the API and returns its id. */
    public static UUID authority() {
        String id = given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name": "Kommunstyrelsen %s", "organisationNumber": "212000-0357", "kind": "COMMITTEE",
                         "registryEmail": "diarium@katrineholm.se", "archiveAuthority": "Kommunstyrelsen"}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/authorities").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static InformationRequest completeInformation(List<String> prohibited) {
        return new InformationRequest("https://www.katrineholm.se/sociala-medier/regler",
                "https://www.katrineholm.se/personuppgifter",
                "Katrineholms kommun, kommunstyrelsen, ansvarar för sidan.",
                "Allt du skriver på sidan kan läsas av alla som besöker den.",
                "Inlägg och kommentarer blir allmänna handlingar och kan lämnas ut.", prohibited,
                "Vi tar också bort personangrepp och reklam.",
                "Vi döljer eller tar bort inlägg som bryter mot reglerna och kan spärra användare.", null);
    }

    public static ChannelRequest facebookPage(UUID authorityId, String handle, InformationRequest information) {
        return new ChannelRequest(authorityId, Platform.FACEBOOK_PAGE, handle, "https://www.facebook.com/" + handle,
                "Katrineholms kommun", "Information om kommunens service och dialog med invånarna",
                Capacity.OFFICIAL, true,
                new PersonRequest("Karin Karlsson", "Kommunikationschef", "karin.karlsson@katrineholm.se", true),
                new PersonRequest("Hemlig Handläggare", "Webbredaktör", "webbredaktor@katrineholm.se", false),
                "Vardagar 08–17, minst två gånger per dag", null, null, "1.6.2", List.of("KS 2025/0412"),
                new TermsReviewRequest(LocalDate.of(2026, 3, 2), "Jurist Johan Berg", "Data lagras i USA"), null,
                "https://www.facebook.com/legal/terms/page_controller_addendum", null, null, information);
    }

    public static ChannelRequest withSchedule(ChannelRequest r, CaptureScheduleRequest schedule) {
        return new ChannelRequest(r.authorityId(), r.platform(), r.handle(), r.url(), r.name(), r.purpose(),
                r.capacity(), r.dialogueEnabled(), r.responsible(), r.deputy(), r.supervisionPromise(),
                r.reviewThresholdHours(), schedule, r.classificationCode(), r.retentionDecisionRefs(),
                r.termsReview(), r.jointController(), r.jointControllerNoticeUrl(), r.startDate(), r.endDate(),
                r.information());
    }
}
