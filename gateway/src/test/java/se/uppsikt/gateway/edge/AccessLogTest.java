package se.uppsikt.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.commons.security.Roles;
import se.uppsikt.gateway.InjectUpstream;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class AccessLogTest {

    private static final Logger ACCESS_LOG = Logger.getLogger("io.quarkus.http.access-log");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @InjectUpstream
    WireMockServer upstream;

    @BeforeEach
    void captureAccessLog() {
        ACCESS_LOG.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        ACCESS_LOG.removeHandler(capture);
    }

    @Test
    void accessLogLineHasPathStatusAndRequestIdButNoTokenOrQuery() {
        upstream.stubFor(get(urlPathEqualTo("/api/v1/items")).willReturn(okJson("[]")));
        String token = Tokens.forUser("arvid", Roles.ARCHIVIST);

        given().auth().oauth2(token).header("X-Request-Id", "logg-4711")
                .when().get("/api/v1/items?q=Anna+Andersson+19121212-1212")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> lines.stream().anyMatch(line -> line.contains("rid=logg-4711")));
        String line = lines.stream().filter(l -> l.contains("rid=logg-4711")).findFirst().orElseThrow();
        assertTrue(line.contains("GET /api/v1/items") && line.contains(" 200 "), line);
        assertFalse(line.contains("19121212"), "query string in the access log: " + line);
        assertFalse(line.contains("Andersson"), "query string in the access log: " + line);
        assertFalse(line.contains(token.substring(token.length() - 20)), "token in the access log: " + line);
    }
}
