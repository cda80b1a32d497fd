package se.uppsikt.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Posts and comments of the size and vocabulary a Swedish municipality's Facebook page has: a post of 200–900
 * characters from the authority, followed by comments of 30–400 characters from residents. Deterministic for a seed,
 * so the API run and its raw baseline write exactly the same rows.
 */
final class Corpus {

    private static final String[] WORDS = ("kommunen kommunens kommunfullmäktige nämnden förvaltningen invånare "
            + "skolan förskolan äldreomsorgen hemtjänsten biblioteket simhallen badplatsen vägarbete snöröjning "
            + "sophämtning återvinningscentralen detaljplan bygglov samråd utställning medborgardialog budget "
            + "skattesats beslut sammanträde protokoll ärendet handläggning tillgänglighet cykelbana busslinje "
            + "kollektivtrafik parkering gatubelysning lekplats idrottshall kulturhuset konserten höstlovet "
            + "sommarlovet vattenledning avlopp kokavattnet vattenverket elnätet bredband fiber räddningstjänsten "
            + "brandvarning krisberedskap öppettider telefontid kontaktcenter e-tjänst ansökan blankett "
            + "barnomsorg skolskjuts matsedeln lunchen vårdnadshavare elever lärare rektor personal "
            + "rekrytering sommarjobb praktik föreningsbidrag evenemang marknad torget centrum stadsdelen "
            + "landsbygden naturreservat vandringsled fiskevatten jakt miljö klimat energi solceller "
            + "laddstolpar trafiksäkerhet hastighet övergångsställe trottoar belysning halka sandning "
            + "tack bra dåligt varför när hur vem vad kan ni svara fråga undrar tycker synd skönt äntligen "
            + "och att det som en på är av för med till den har inte om ett men vi så från eller").split(" ");

    private final SplittableRandom random;

    Corpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@code posts} threads of one post and {@code commentsPerPost} comments, in ingest order, a post every minute
     * from {@code from}. A million items then span about a year, all of it long enough ago that P3's decision (comments
     * older than 90 days) covers every comment: half the items, as the issue asks. (Posts 37 minutes apart spread the
     * pre-fill decades into the future, and the disposal run found only 3 % of the items eligible.)
     */
    List<Item> threads(UUID channelId, String prefix, int posts, int commentsPerPost, Instant from) {
        List<Item> items = new ArrayList<>(posts * (1 + commentsPerPost));
        for (int p = 0; p < posts; p++) {
            String postId = prefix + "_" + p;
            Instant created = from.plus(Duration.ofMinutes(p));
            items.add(new Item(channelId, postId, null, "POST", "OUTBOUND", "kommunen", "Kommunen",
                    created, text(200, 900)));
            for (int c = 0; c < commentsPerPost; c++) {
                int person = random.nextInt(5000);
                items.add(new Item(channelId, postId + "_" + c, postId, "COMMENT", "INBOUND", "invanare" + person,
                        "Invånare " + person, created.plus(Duration.ofMinutes(3L + c)), text(30, 400)));
            }
        }
        return items;
    }

    private String text(int min, int max) {
        int length = min + random.nextInt(max - min);
        StringBuilder text = new StringBuilder(length + 16);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentenceStart = random.nextInt(12) == 0;
            text.append(sentenceStart ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** One item as both the ingest API and the raw baseline write it. */
    record Item(UUID channelId, String platformItemId, String parentPlatformItemId, String kind, String direction,
            String authorHandle, String authorName, Instant createdAt, String text) {

        /** The Graph-API-shaped payload the archive keeps as a blob. */
        Map<String, Object> rawPayload() {
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("id", platformItemId);
            raw.put("message", text);
            raw.put("created_time", createdAt.toString());
            raw.put("from", Map.of("name", authorName, "id", authorHandle));
            return raw;
        }
    }
}
