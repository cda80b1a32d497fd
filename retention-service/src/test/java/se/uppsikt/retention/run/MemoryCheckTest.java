package se.uppsikt.retention.run;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.GarbageCollectionNotificationInfo;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import se.uppsikt.pdfa.PdfA;
import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.testsupport.Tokens;

/**
 * A run over 20,000 and then 200,000 candidates, with the disposal record registered on execute and then read as
 * JSON, PDF/A and CSV, keeps the heap flat: candidates are read a page at a time, items written and forgotten per
 * page and batch, the record's counts come from SQL aggregates and its item list is streamed page by page (keyset)
 * into the response or, for the registration, into temporary files that are base64-streamed into the request.
 * Slow, so it runs only on request, with a capped heap:
 * {@code ./mvnw -B -o verify -pl retention-service -Dtest=MemoryCheckTest -Dretention.memory-check=true
 * -DargLine=-Xmx256m}. Anything that held the whole run in memory ends in OutOfMemoryError.
 * <p>
 * Each phase starts after a System.gc() and a reset of the heap pools' peaks; it reports the peak used (sum of the
 * pools' peaks: an upper bound that includes garbage, so with G1 it sits near the cap whatever the size) and the
 * largest heap left after any collection in the phase (closer to what is live; "no GC" when none ran). Measured
 * 2026-11-27 on the shared 2-core machine (load ~15), {@code -Xmx256m}, one JVM holding Quarkus, the OIDC server,
 * WireMock and the diarium fake; page, batch and record page size 1000; registration on execute with the CSV
 * list attached (43 MB at 200,000, base64-streamed):
 * <pre>
 *   phase              20,000: time  peak  after GC     200,000: time  peak  after GC   (MiB)
 *   dry run                   13 s   225   134                  142 s   232   151
 *   execute+register          23 s   235   144                  131 s   234   149
 *   record JSON (59 MB)        4 s   202   140                   12 s   224   143
 *   record CSV (43 MB)         1 s   191   no GC                  9 s   226   143
 *   record PDF/A               3 s   218   145                    7 s   227   143
 * </pre>
 * Ten times the items, the same heap after GC: nothing in a run or its record grows with the run. The 200,000 run
 * alone also passes at {@code -Xmx192m} ({@code -Dretention.memory-check.sizes=200000}): after GC 131 / 142 / 134 /
 * 135 / 137 MiB for the same five phases, peaks 176–188 MiB.
 */
@QuarkusTest
@TestProfile(MemoryCheckTest.LargePages.class)
@EnabledIfSystemProperty(named = "retention.memory-check", matches = "true")
class MemoryCheckTest {

    private static final List<Integer> SIZES = Arrays
            .stream(System.getProperty("retention.memory-check.sizes", "20000,200000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final long MIB = 1024 * 1024;

    /** The production page and batch sizes, not the tiny ones the other tests use; registration stays on. */
    public static class LargePages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the dry run and the execution are single requests that take minutes here; the list is attached to the
            // registration whatever its size, so that the streamed base64 path is what is measured
            return Map.of("retention.candidates.page-size", "1000", "retention.execution.batch-size", "1000",
                    "retention.record.page-size", "1000", "quarkus.http.test-timeout", "30m",
                    "retention.registration.list-attachment-max-bytes", "1073741824");
        }
    }

    private record Phase(String name, long seconds, long peakMiB, long afterGcMiB) {
        @Override
        public String toString() {
            return "%s %d s, peak %d MiB, after GC %s".formatted(name, seconds, peakMiB,
                    afterGcMiB < 0 ? "no GC" : afterGcMiB + " MiB");
        }
    }

    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapNames = heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void runsOfTwentyThousandAndTwoHundredThousandCandidatesKeepTheHeapFlat() throws Exception {
        NotificationListener onGc = this::afterGc;
        List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast).toList();
        emitters.forEach(e -> e.addNotificationListener(onGc, null, null));
        List<String> report = new ArrayList<>();
        try {
            for (int size : SIZES) {
                report.add(size + " candidates: " + run(size));
            }
        } finally {
            for (NotificationEmitter e : emitters) {
                e.removeNotificationListener(onGc);
            }
        }
        String figures = "memory check (max heap %d MiB):%n  %s".formatted(Runtime.getRuntime().maxMemory() / MIB,
                String.join("\n  ", report));
        Log.info(figures);
        System.out.println(figures);
    }

    private List<Phase> run(int candidates) throws Exception {
        FakeDownstream.syntheticCount = candidates;
        FakeDownstream.SYNTHETIC_DISPOSED.set(0);
        String decisionId = RunFixtures.decision(FakeDownstream.SYNTHETIC_AUTHORITY,
                List.of(FakeDownstream.SYNTHETIC_CHANNEL), "\"COMMENT\"", "P1Y", "CREATED", false, "");
        List<Phase> phases = new ArrayList<>();
        String runId = measure("dry run", phases, () -> RunFixtures.dryRun(decisionId));
        measure("execute+register", phases, () -> given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RunFixtures.RUNS + "/" + runId + "/execute")
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("eligibleCount", equalTo(candidates))
                .body("registrationStatus", equalTo("PENDING")));
        assertEquals(candidates, FakeDownstream.SYNTHETIC_DISPOSED.get());

        long disposedInJson = measure("record JSON", phases, () -> countDisposed(get(runId, "/record")));
        assertEquals(candidates, disposedInJson);
        String[] csv = measure("record CSV", phases, () -> hashAndCount(get(runId, "/record/items.csv")));
        assertEquals(String.valueOf(candidates + 1), csv[1], "header and one line per item");
        byte[] pdf = measure("record PDF/A", phases, () -> readSmall(get(runId, "/record/pdf")));

        assertTrue(PdfA.validate(pdf).compliant());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
            assertTrue(text.contains(csv[0]), "the PDF/A names the list's SHA-256");
        }
        JsonNode sent = FakeDownstream.REGISTRATION_REQUESTS.stream()
                .filter(r -> r.get("sourceReference").asText().equals("retention:run:" + runId)).findFirst()
                .orElseThrow();
        JsonNode list = sent.get("attachments").get(1);
        assertEquals(csv[0], list.get("sha256").asText(), "the registered list is the list read back");
        assertEquals(csv[0], list.get("decodedSha256").asText(), "the base64 sent decodes to that list");
        return phases;
    }

    private <T> T measure(String name, List<Phase> phases, Supplier<T> work) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(-1);
        long start = System.nanoTime();
        T result = work.get();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long afterGc = maxAfterGc.get();
        phases.add(new Phase(name, (System.nanoTime() - start) / 1_000_000_000L, peak / MIB,
                afterGc < 0 ? -1 : afterGc / MIB));
        return result;
    }

    private void measure(String name, List<Phase> phases, Runnable work) {
        measure(name, phases, () -> {
            work.run();
            return null;
        });
    }

    private void afterGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapNames.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    /** The response body as a stream: the test must not hold the record either, or it would measure itself. */
    private InputStream get(String runId, String path) {
        HttpRequest request = HttpRequest
                .newBuilder(URI.create("http://localhost:" + RestAssured.port + RunFixtures.RUNS + "/" + runId + path))
                .header("Authorization", "Bearer " + Tokens.forUser("oskar", "auditor")).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode(), path);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long countDisposed(InputStream body) {
        try (JsonParser p = new JsonFactory().createParser(body)) {
            long disposed = 0;
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("disposed")) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        p.skipChildren();
                        disposed++;
                    }
                } else {
                    p.skipChildren();
                }
            }
            return disposed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] hashAndCount(InputStream body) {
        try (DigestInputStream in = new DigestInputStream(body, MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            long lines = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return new String[]{HexFormat.of().formatHex(in.getMessageDigest().digest()), Long.toString(lines)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readSmall(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
