package se.uppsikt.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * moderation-service and archive-service as this service sees them over HTTP: the reason catalogue in force and
 * the capture API, faked at the HTTP boundary in the shapes those services publish.
 */
public class DownstreamFakes implements QuarkusTestResourceLifecycleManager {

    /** The 2018 catalogue: eight statutory BBS-lagen 5 § categories and a policy reason. */
    public static final String CATALOGUE_2018 = """
            {"version": 1, "validFrom": "2018-01-01", "validTo": null, "reasons": [
              {"code": "BBS_OLAGA_HOT", "group": "STATUTORY", "titleSv": "Olaga hot", "legalReference": "BBS-lagen 5 § 1 a; BrB 4 kap. 5 §"},
              {"code": "BBS_OLAGA_INTEGRITETSINTRANG", "group": "STATUTORY", "titleSv": "Olaga integritetsintrång", "legalReference": "BBS-lagen 5 § 1 b; BrB 4 kap. 6 c §"},
              {"code": "BBS_UPPVIGLING", "group": "STATUTORY", "titleSv": "Uppvigling", "legalReference": "BBS-lagen 5 § 1 c; BrB 16 kap. 5 §"},
              {"code": "BBS_HETS_MOT_FOLKGRUPP", "group": "STATUTORY", "titleSv": "Hets mot folkgrupp", "legalReference": "BBS-lagen 5 § 1 d; BrB 16 kap. 8 §"},
              {"code": "BBS_BARNPORNOGRAFIBROTT", "group": "STATUTORY", "titleSv": "Barnpornografibrott", "legalReference": "BBS-lagen 5 § 1 e; BrB 16 kap. 10 a §"},
              {"code": "BBS_OLAGA_VALDSSKILDRING", "group": "STATUTORY", "titleSv": "Olaga våldsskildring", "legalReference": "BBS-lagen 5 § 1 f; BrB 16 kap. 10 c §"},
              {"code": "BBS_OFFENTLIG_UPPMANING_TERROR", "group": "STATUTORY", "titleSv": "Offentlig uppmaning till terroristbrott", "legalReference": "BBS-lagen 5 § 1 g; lag (2010:299) 3 §"},
              {"code": "BBS_UPPHOVSRATT", "group": "STATUTORY", "titleSv": "Intrång i upphovsrätt", "legalReference": "BBS-lagen 5 § 2; upphovsrättslagen (1960:729)"},
              {"code": "PERSONANGREPP", "group": "POLICY", "titleSv": "Personangrepp", "legalReference": "Kommunens regler för sociala medier"}
            ]}
            """;

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        resetToDefaults();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.moderation.url", url, "quarkus.rest-client.archive.url", url);
    }

    /** The catalogue above, and an archive that confirms every final capture. */
    public static void resetToDefaults() {
        server.resetAll();
        server.stubFor(get(urlEqualTo("/api/v1/reasons")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(CATALOGUE_2018)));
        server.stubFor(post(urlEqualTo("/api/v1/captures")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + UUID.randomUUID() + "\", \"status\": \"SUCCEEDED\"}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
