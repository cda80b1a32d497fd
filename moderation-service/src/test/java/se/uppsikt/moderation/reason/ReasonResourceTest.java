package se.uppsikt.moderation.reason;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ReasonResourceTest {

    private static final String HETS = """
            {"code": "BBS_HETS_MOT_FOLKGRUPP", "group": "STATUTORY",
             "legalReference": "BBS-lagen 5 § 1 d; BrB 16 kap. 8 §", "titleSv": "Hets mot folkgrupp",
             "descriptionSv": "Uppenbart hets mot folkgrupp.", "specialEvidenceHandling": false,
             "motivationRequired": false}
            """;

    private static final String TERROR_REPOINTED = """
            {"code": "BBS_OFFENTLIG_UPPMANING_TERROR", "group": "STATUTORY",
             "legalReference": "BBS-lagen 5 § 1 g; terroristbrottslagen (2022:666)",
             "titleSv": "Offentlig uppmaning till terroristbrott", "specialEvidenceHandling": false,
             "motivationRequired": false}
            """;

    @Inject
    ReasonCatalogueRepository catalogues;

    @Inject
    ReasonRepository reasons;

    private static String catalogue(LocalDate validFrom, String... reasonBodies) {
        return """
                {"validFrom": "%s", "note": "Ny hänvisning för 5 § 1 g", "reasons": [%s]}
                """.formatted(validFrom, String.join(",", reasonBodies));
    }

    /** Later than today and than every version already published, whatever other tests ran first. */
    private LocalDate nextValidFrom() {
        LocalDate latest = QuarkusTransaction.requiringNew()
                .call(() -> catalogues.findLatest().orElseThrow().validFrom);
        LocalDate today = LocalDate.now();
        return (latest.isAfter(today) ? latest : today).plusDays(30);
    }

    @Test
    void seededCatalogueOf2018IsInForceToday() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/reasons")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("validFrom", equalTo("2018-01-01"))
                .body("reasons", hasSize(14))
                .body("reasons.code", hasItems("BBS_OLAGA_HOT", "BBS_OLAGA_INTEGRITETSINTRANG", "BBS_UPPVIGLING",
                        "BBS_HETS_MOT_FOLKGRUPP", "BBS_BARNPORNOGRAFIBROTT", "BBS_OLAGA_VALDSSKILDRING",
                        "BBS_OFFENTLIG_UPPMANING_TERROR", "BBS_UPPHOVSRATT", "SEKRETESS",
                        "PERSONUPPGIFTER_INTEGRITET", "PERSONANGREPP", "SPAM_REKLAM", "EJ_RELEVANT", "OVRIGT"))
                .body("reasons.find { it.code == 'BBS_HETS_MOT_FOLKGRUPP' }.legalReference",
                        equalTo("BBS-lagen 5 § 1 d; BrB 16 kap. 8 §"))
                .body("reasons.find { it.code == 'BBS_HETS_MOT_FOLKGRUPP' }.titleSv", equalTo("Hets mot folkgrupp"))
                .body("reasons.find { it.code == 'BBS_HETS_MOT_FOLKGRUPP' }.group", equalTo("STATUTORY"))
                .body("reasons.find { it.code == 'BBS_BARNPORNOGRAFIBROTT' }.specialEvidenceHandling", equalTo(true))
                .body("reasons.find { it.code == 'SEKRETESS' }.group", equalTo("SECRECY"))
                .body("reasons.find { it.code == 'OVRIGT' }.motivationRequired", equalTo(true));
    }

    @Test
    void statutoryReasonsAreListedBeforePolicyReasons() {
        List<String> groups = given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/reasons/catalogues/1")
                .then().statusCode(200)
                .extract().path("reasons.group");
        assertEquals("STATUTORY", groups.get(0));
        assertEquals("POLICY", groups.get(groups.size() - 1));
    }

    @Test
    void noCatalogueIsInForceBefore2018() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/reasons?on=2017-12-31")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/not-found"));
    }

    @Test
    void impossibleDateIsRejectedNamingTheParameter() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/reasons?on=2025-02-30")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("on"));
    }

    @Test
    void unknownCatalogueVersionIsNotFoundAsProblem() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/reasons/catalogues/99999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void readingTheCatalogueInForceWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/reasons").then().statusCode(401);
    }

    @Test
    void readingACatalogueVersionWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/reasons/catalogues/1").then().statusCode(401);
    }

    @Test
    void publishingWithoutTokenIsUnauthorized() {
        long before = countCatalogues();
        given().contentType(ContentType.JSON).body(catalogue(nextValidFrom(), HETS))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(401);
        assertEquals(before, countCatalogues());
    }

    @Test
    void tokenWithoutAnyStaffRoleMayNotReadTheCatalogue() {
        given().auth().oauth2(Tokens.forUser("guest", "citizen"))
                .when().get("/api/v1/reasons")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("guest", "citizen"))
                .when().get("/api/v1/reasons/catalogues/1")
                .then().statusCode(403);
    }

    @Test
    void moderatorMayNotPublishACatalogue() {
        long before = countCatalogues();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(catalogue(nextValidFrom(), HETS))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, countCatalogues());
    }

    @Test
    void publishedVersionIsInForceFromItsValidFromWhileThePreviousOneCoversEarlierDates() {
        LocalDate validFrom = nextValidFrom();
        int previous = given().auth().oauth2(Tokens.forUser("stina", "auditor"))
                .when().get("/api/v1/reasons?on=" + validFrom)
                .then().statusCode(200)
                .extract().path("version");

        int published = given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON).body(catalogue(validFrom, HETS, TERROR_REPOINTED))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/reasons/catalogues/" + (previous + 1)))
                .body("publishedBy", equalTo("ada"))
                .body("validTo", nullValue())
                .extract().path("version");
        assertEquals(previous + 1, published);

        given().auth().oauth2(Tokens.forUser("stina", "auditor"))
                .when().get("/api/v1/reasons?on=" + validFrom)
                .then().statusCode(200)
                .body("version", equalTo(published))
                .body("validFrom", equalTo(validFrom.toString()))
                .body("note", equalTo("Ny hänvisning för 5 § 1 g"))
                .body("reasons", hasSize(2))
                .body("reasons.find { it.code == 'BBS_OFFENTLIG_UPPMANING_TERROR' }.legalReference",
                        equalTo("BBS-lagen 5 § 1 g; terroristbrottslagen (2022:666)"))
                .body("reasons.find { it.code == 'BBS_OFFENTLIG_UPPMANING_TERROR' }.descriptionSv", nullValue());

        given().auth().oauth2(Tokens.forUser("stina", "auditor"))
                .when().get("/api/v1/reasons?on=" + validFrom.minusDays(1))
                .then().statusCode(200)
                .body("version", equalTo(previous))
                .body("validTo", equalTo(validFrom.minusDays(1).toString()));

        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .when().get("/api/v1/reasons/catalogues/" + published)
                .then().statusCode(200)
                .body("reasons.code", hasItems("BBS_HETS_MOT_FOLKGRUPP", "BBS_OFFENTLIG_UPPMANING_TERROR"));
    }

    @Test
    void catalogueNotNewerThanTheLatestIsAConflictAndChangesNothing() {
        ReasonCatalogue latest = QuarkusTransaction.requiringNew().call(() -> catalogues.findLatest().orElseThrow());
        long before = countCatalogues();
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON).body(catalogue(latest.validFrom, HETS))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/catalogue-not-newer"));
        assertEquals(before, countCatalogues());
        assertNull(QuarkusTransaction.requiringNew().call(() -> catalogues.findById(latest.version).validTo));
    }

    @Test
    void catalogueWithoutReasonsIsRejectedAndNothingIsWritten() {
        long before = countCatalogues();
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON).body(catalogue(nextValidFrom()))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("reasons"));
        assertEquals(before, countCatalogues());
    }

    @Test
    void blankLegalReferenceIsRejectedNamingTheReasonAndNothingIsWritten() {
        long catalogueCount = countCatalogues();
        long reasonCount = countReasons();
        String withoutReference = TERROR_REPOINTED.replace("BBS-lagen 5 § 1 g; terroristbrottslagen (2022:666)", " ");
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON).body(catalogue(nextValidFrom(), HETS, withoutReference))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reasons[1].legalReference"));
        assertEquals(catalogueCount, countCatalogues());
        assertEquals(reasonCount, countReasons());
    }

    @Test
    void sameCodeTwiceInOneVersionIsRejectedNamingTheSecond() {
        long catalogueCount = countCatalogues();
        long reasonCount = countReasons();
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON).body(catalogue(nextValidFrom(), HETS, TERROR_REPOINTED, HETS))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reasons[2].code"));
        assertEquals(catalogueCount, countCatalogues());
        assertEquals(reasonCount, countReasons());
    }

    @Test
    void codeThatIsNotUpperSnakeCaseIsRejected() {
        long before = countCatalogues();
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON)
                .body(catalogue(nextValidFrom(), HETS.replace("BBS_HETS_MOT_FOLKGRUPP", "hets mot folkgrupp")))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(400)
                .body("field", equalTo("reasons[0].code"));
        assertEquals(before, countCatalogues());
    }

    @Test
    void unknownGroupIsRejectedNamingTheField() {
        long before = countCatalogues();
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON)
                .body(catalogue(nextValidFrom(), HETS.replace("STATUTORY", "CUSTOM")))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reasons[0].group"));
        assertEquals(before, countCatalogues());
    }

    @Test
    void missingValidFromIsRejectedNamingTheField() {
        long before = countCatalogues();
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .contentType(ContentType.JSON)
                .body("""
                        {"note": "utan datum", "reasons": [%s]}
                        """.formatted(HETS))
                .when().post("/api/v1/reasons/catalogues")
                .then().statusCode(400)
                .body("field", equalTo("validFrom"));
        assertEquals(before, countCatalogues());
    }

    @Test
    void databaseRefusesToRewriteAPublishedReason() {
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> reasons.getEntityManager()
                .createNativeQuery("update reason set legal_reference = 'ändrad' where catalogue_version = 1"
                        + " and code = 'BBS_OLAGA_HOT'")
                .executeUpdate()));
        String reference = QuarkusTransaction.requiringNew()
                .call(() -> reasons.findById(new ReasonKey(1, "BBS_OLAGA_HOT")).legalReference);
        assertEquals("BBS-lagen 5 § 1 a; BrB 4 kap. 5 §", reference);
    }

    private long countCatalogues() {
        return QuarkusTransaction.requiringNew().call(catalogues::count);
    }

    private long countReasons() {
        return QuarkusTransaction.requiringNew().call(reasons::count);
    }
}
