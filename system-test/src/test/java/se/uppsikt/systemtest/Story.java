package se.uppsikt.systemtest;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The story told step by step. Each step is timed; a failure says which step, which service was being called and
 * what it answered, followed by the tail of that service's log, so a red build can be read without digging.
 */
final class Story {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    private final Function<String, String> logTail;
    private final List<String> times = new ArrayList<>();
    private final long started = System.nanoTime();

    /** @param logTail the last lines of a component's log by name (service module, gateway, keycloak) */
    Story(Function<String, String> logTail) {
        this.logTail = logTail;
    }

    /** Runs one step; {@code service} is blamed for a failure outside any {@link #on} call. */
    void step(String title, String service, Action action) {
        long start = System.nanoTime();
        System.out.println("[story] " + title + " ...");
        try {
            action.run();
            record(title, start, "done");
        } catch (ServiceFailure failure) {
            record(title, start, "FAILED");
            throw report(title, failure.service, failure.what, failure.getCause());
        } catch (Throwable failure) {
            record(title, start, "FAILED");
            throw report(title, service, null, failure);
        }
    }

    /** One call to (or one check of) a named service; a failure inside is blamed on that service. */
    <T> T on(String service, String what, Call<T> call) {
        try {
            return call.call();
        } catch (ServiceFailure failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new ServiceFailure(service, what, failure);
        }
    }

    void on(String service, String what, Action action) {
        on(service, what, () -> {
            action.run();
            return null;
        });
    }

    /** Every step's time so far, and the total. */
    String times() {
        StringBuilder table = new StringBuilder("[story] step times\n");
        times.forEach(line -> table.append("[story]   ").append(line).append('\n'));
        table.append("[story]   total ").append(seconds(System.nanoTime() - started)).append('\n');
        return table.toString();
    }

    private void record(String title, long start, String outcome) {
        String line = String.format(Locale.ROOT, "%-8s %9s  %s", outcome, seconds(System.nanoTime() - start), title);
        times.add(line);
        System.out.println("[story] " + line);
    }

    private AssertionError report(String title, String service, String what, Throwable cause) {
        StringBuilder message = new StringBuilder()
                .append("Step failed: ").append(title).append('\n')
                .append("Service: ").append(service).append('\n');
        if (what != null) {
            message.append("While: ").append(what).append('\n');
        }
        message.append("Cause: ").append(cause).append('\n');
        httpAnswer(cause).ifPresent(answer -> message.append("Answer: ").append(answer).append('\n'));
        message.append("--- last lines of ").append(service).append("'s log ---\n")
                .append(logTail.apply(service)).append('\n');
        System.out.println(message);
        return new AssertionError(message.toString(), cause);
    }

    /** The status and body of a generated client's ApiException (one class per generated package). */
    private static Optional<String> httpAnswer(Throwable failure) {
        try {
            Method code = failure.getClass().getMethod("getCode");
            Method body = failure.getClass().getMethod("getResponseBody");
            return Optional.of("HTTP " + code.invoke(failure) + " " + body.invoke(failure));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /** The last lines of a log file, or why there are none. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log.toAbsolutePath() + ")";
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }

    /** Carries the blamed service out of nested calls to the step. */
    private static final class ServiceFailure extends RuntimeException {

        private final String service;
        private final String what;

        ServiceFailure(String service, String what, Throwable cause) {
            super(service + ": " + what, cause);
            this.service = service;
            this.what = what;
        }
    }
}
