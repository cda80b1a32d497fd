package se.uppsikt.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A case system behind a REST webhook: it checks the HMAC signature, fails a share of calls at random (a seeded
 * random, so a failing run can be repeated), and registers each idempotency key once, answering a repeated key with
 * the number it gave first. It counts the successful answers per key, so a test can prove none was duplicated.
 */
public class CaseSystemFake implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "case-system";

    private final String secret;
    private final Map<String, String> numbers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile double failureRate;
    private volatile Random random = new Random(1);

    CaseSystemFake(String secret) {
        this.secret = secret;
    }

    public static MappingBuilder stub() {
        return post(urlEqualTo(DownstreamFakes.CASE_SYSTEM_PATH)).willReturn(aResponse().withTransformers(NAME));
    }

    /** Forgets everything and fails {@code failureRate} of the calls from now on, drawn from {@code seed}. */
    public synchronized void reset(double failureRate, long seed) {
        numbers.clear();
        successes.clear();
        sequence.set(0);
        failures.set(0);
        this.failureRate = failureRate;
        this.random = new Random(seed);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        byte[] body = event.getRequest().getBody();
        String signature = event.getRequest().getHeader("X-Uppsikt-Signature");
        if (!("sha256=" + hmac(body)).equals(signature)) {
            return status(401, "signature missing or wrong");
        }
        String key = event.getRequest().getHeader("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return status(400, "Idempotency-Key missing");
        }
        if (fails()) {
            failures.incrementAndGet();
            return status(503, "case system unavailable");
        }
        String number = numbers.computeIfAbsent(key,
                k -> "KS 2026/" + String.format("%04d", sequence.incrementAndGet()));
        successes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return ResponseDefinitionBuilder.responseDefinition().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"registrationNumber\": \"" + number + "\"}").build();
    }

    private static ResponseDefinition status(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withBody(body).build();
    }

    private synchronized boolean fails() {
        return random.nextDouble() < failureRate;
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Successful answers per idempotency key. */
    public Map<String, Integer> successesByKey() {
        Map<String, Integer> copy = new ConcurrentHashMap<>();
        successes.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public String numberFor(String key) {
        return numbers.get(key);
    }

    public int failures() {
        return failures.get();
    }
}
