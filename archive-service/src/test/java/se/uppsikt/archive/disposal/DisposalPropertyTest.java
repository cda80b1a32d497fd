package se.uppsikt.archive.disposal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Property: over random interleavings of ingests, holds (on an item, on a thread, on a channel for a period), hold
 * releases and disposals, a held item is never disposed, and every disposed item leaves a tombstone and a chain entry.
 * jqwik generates the scenarios; they run inside this {@code @QuarkusTest} (jqwik's own engine cannot start Quarkus),
 * so a failure prints the scenario instead of shrinking it.
 */
@QuarkusTest
class DisposalPropertyTest {

    private static final int ITEMS = 5;
    private static final int SCENARIOS = 15;

    @Inject
    EntityManager em;

    sealed interface Op permits Ingest, HoldItem, HoldPeriod, Release, Dispose {
    }

    /** (Re-)ingest item k: post 0 is the thread root of replies 1 and 2; 3 and 4 stand alone. */
    record Ingest(int k) implements Op {
    }

    record HoldItem(int k) implements Op {
    }

    /** A channel hold from the 1st of month from to the 1st of month from + 2, 2026 (item k: 1st of month k + 1). */
    record HoldPeriod(int fromMonth) implements Op {
    }

    record Release(int which) implements Op {
    }

    record Dispose(Set<Integer> ks) implements Op {
    }

    private static Arbitrary<List<Op>> scenarios() {
        Arbitrary<Integer> k = Arbitraries.integers().between(0, ITEMS - 1);
        Arbitrary<Op> op = Arbitraries.oneOf(
                k.map(Ingest::new), k.map(Ingest::new),
                k.map(HoldItem::new),
                Arbitraries.integers().between(1, ITEMS).map(HoldPeriod::new),
                Arbitraries.integers().between(0, 5).map(Release::new),
                k.set().ofMinSize(1).ofMaxSize(3).map(Dispose::new),
                k.set().ofMinSize(1).ofMaxSize(3).map(Dispose::new));
        return op.list().ofMinSize(6).ofMaxSize(16);
    }

    @Test
    void heldItemIsNeverDisposedAndEveryDisposedItemLeavesATombstoneAndAChainEntry() {
        scenarios().sampleStream().limit(SCENARIOS).forEach(this::run);
    }

    /** The state of one scenario as the test expects it to be. */
    private final class Model {
        final UUID channel = UUID.randomUUID();
        final Map<Integer, String> live = new HashMap<>();
        /** the thread root a reply was linked to when it was created: the post, if it was in the archive then */
        final Map<Integer, String> rootOf = new HashMap<>();
        final Set<String> disposed = new HashSet<>();
        final List<ActiveHold> holds = new ArrayList<>();

        record ActiveHold(String id, String itemId, Integer fromMonth) {
        }

        boolean held(int k) {
            String id = live.get(k);
            String root = rootOf.get(k);
            int month = k + 1;
            return holds.stream()
                    .anyMatch(h -> (h.itemId() != null && (h.itemId().equals(id) || h.itemId().equals(root)))
                            || (h.fromMonth() != null && month >= h.fromMonth() && month <= h.fromMonth() + 2));
        }
    }

    private void run(List<Op> scenario) {
        Model model = new Model();
        for (Op op : scenario) {
            String context = "scenario " + scenario + " at " + op;
            if (op instanceof Ingest in) {
                String id = ingest(batch(List.of(itemJson(model.channel, in.k())))).extract()
                        .path("results[0].itemId");
                if (!id.equals(model.live.put(in.k(), id))) {
                    model.rootOf.put(in.k(), in.k() == 1 || in.k() == 2 ? model.live.get(0) : null);
                }
            } else if (op instanceof HoldItem h) {
                String itemId = model.live.get(h.k());
                if (itemId != null) {
                    model.holds.add(new Model.ActiveHold(place("{\"itemIds\": [\"" + itemId + "\"]}", null, null),
                            itemId, null));
                }
            } else if (op instanceof HoldPeriod p) {
                model.holds.add(new Model.ActiveHold(place("{\"channelIds\": [\"" + model.channel + "\"]}",
                        month(p.fromMonth()), month(p.fromMonth() + 2)), null, p.fromMonth()));
            } else if (op instanceof Release r) {
                if (!model.holds.isEmpty()) {
                    release(model.holds.remove(r.which() % model.holds.size()).id());
                }
            } else if (op instanceof Dispose d) {
                dispose(model, d, context);
            }
        }
        for (String id : model.disposed) {
            UUID itemId = UUID.fromString(id);
            assertEquals(1, count(em, "select count(*) from tombstone where item_id = ?1", itemId),
                    scenario.toString());
            assertEquals(1,
                    count(em, "select count(*) from chain_entry where kind = 'ITEM_DISPOSED' and subject_id = ?1",
                            itemId),
                    scenario.toString());
            assertEquals(0, count(em, "select count(*) from item_version where item_id = ?1", itemId),
                    scenario.toString());
        }
        // leave no active hold behind for other scenarios and tests
        model.holds.forEach(h -> release(h.id()));
    }

    private void dispose(Model model, Dispose d, String context) {
        List<String> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int k : d.ks()) {
            String id = model.live.get(k);
            if (id == null) {
                continue;
            }
            ids.add(id);
            expected.add(model.held(k) ? "SKIPPED_HELD" : "DISPOSED");
        }
        // a stale id of an item disposed before (and perhaps ingested again since) is answered ALREADY_DISPOSED
        model.disposed.stream().findFirst().ifPresent(stale -> {
            ids.add(stale);
            expected.add("ALREADY_DISPOSED");
        });
        if (ids.isEmpty()) {
            return;
        }
        List<String> outcomes = DisposalResourceTest.dispose(UUID.randomUUID(), ids).extract().path("results.outcome");
        assertEquals(expected, outcomes, context);
        for (int i = 0; i < ids.size(); i++) {
            UUID itemId = UUID.fromString(ids.get(i));
            if (expected.get(i).equals("SKIPPED_HELD")) {
                assertEquals(1, count(em, "select count(*) from item where id = ?1", itemId), context);
                assertEquals(0, count(em, "select count(*) from tombstone where item_id = ?1", itemId), context);
            }
            if (expected.get(i).equals("DISPOSED")) {
                model.disposed.add(ids.get(i));
                model.live.values().remove(ids.get(i));
            }
        }
    }

    private static String itemJson(UUID channel, int k) {
        String parent = k == 1 || k == 2 ? "\"post-0\"" : "null";
        String kind = k == 0 ? "POST" : "COMMENT";
        return """
                {"channelId": "%s", "platform": "MASTODON", "platformItemId": "%s", "parentPlatformItemId": %s,
                 "kind": "%s", "direction": "INBOUND", "platformCreatedAt": "%s", "text": "Text %d",
                 "rawPayload": {"k": %d}}"""
                .formatted(channel, k == 0 ? "post-0" : "item-" + k, parent, kind, month(k + 1).replace("\"", ""), k,
                        k);
    }

    private static String month(int month) {
        return month > 12 ? null : "2026-%02d-01T00:00:00Z".formatted(month);
    }

    private static String place(String scope, String from, String to) {
        return given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "LITIGATION", "reference": "Mål T 123-26", "scope": %s, "periodFrom": %s,
                         "periodTo": %s}"""
                        .formatted(scope, from == null ? "null" : "\"" + from + "\"",
                                to == null ? "null" : "\"" + to + "\""))
                .when().post("/api/v1/holds")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static void release(String holdId) {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Målet avgjort"}""")
                .when().post("/api/v1/holds/" + holdId + "/release")
                .then().statusCode(200);
    }
}
