package se.uppsikt.retention.run;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.testsupport.Tokens;

/**
 * A dry run and its execution over 200,000 candidates keep the heap bounded: candidates are read a page at a time
 * and items written and forgotten per page and batch. Slow, so it runs only on request, with a capped heap:
 * {@code ./mvnw -o verify -pl retention-service -Dtest=MemoryCheckTest -Dretention.memory-check=true
 * -DargLine=-Xmx384m}. The run fails with OutOfMemoryError if anything holds the whole run in memory. The disposal
 * record is not built here: it is assembled in memory (a known limit, see the issue notes).
 */
@QuarkusTest
@TestProfile(MemoryCheckTest.LargePages.class)
@EnabledIfSystemProperty(named = "retention.memory-check", matches = "true")
class MemoryCheckTest {

    private static final int CANDIDATES = Integer.getInteger("retention.memory-check.candidates", 200_000);

    /** The production page and batch sizes, not the tiny ones the other tests use. */
    public static class LargePages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the dry run and the execution are single requests that take minutes here
            return Map.of("retention.candidates.page-size", "1000", "retention.execution.batch-size", "1000",
                    "quarkus.http.test-timeout", "30m", "retention.registration.on-execute", "false");
        }
    }

    @Test
    void runOverTwoHundredThousandCandidatesKeepsTheHeapBounded() {
        FakeDownstream.syntheticCount = CANDIDATES;
        String decisionId = RunFixtures.decision(FakeDownstream.SYNTHETIC_AUTHORITY,
                List.of(FakeDownstream.SYNTHETIC_CHANNEL), "\"COMMENT\"", "P1Y", "CREATED", false, "");
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();

        String runId = RunFixtures.dryRun(decisionId);
        long planned = System.nanoTime();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RunFixtures.RUNS + "/" + runId + "/execute")
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("eligibleCount", equalTo(CANDIDATES));

        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String figures = "memory check: %d candidates, dry run %d s, execution %d s, peak heap used %d MiB, max %d MiB"
                .formatted(CANDIDATES, (planned - start) / 1_000_000_000L,
                        (System.nanoTime() - planned) / 1_000_000_000L,
                        peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Log.info(figures);
        System.out.println(figures);
        assertEquals(CANDIDATES, FakeDownstream.SYNTHETIC_DISPOSED.get());
    }
}
