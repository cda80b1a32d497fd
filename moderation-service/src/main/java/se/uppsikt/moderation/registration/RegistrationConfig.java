package se.uppsikt.moderation.registration;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How registrations reach the case system; see the Registration section of application.properties. */
@ConfigMapping(prefix = "registration")
public interface RegistrationConfig {

    /** The adapter that delivers to this authority's case system. */
    @WithDefault("rest-webhook")
    String adapter();

    /** Register every removal decision, not only the statutory and SEKRETESS ones the law requires. */
    @WithDefault("true")
    boolean registerAllRemovals();

    Dispatch dispatch();

    Webhook webhook();

    FileDrop fileDrop();

    interface FileDrop {

        /** Directory the case system's import reads CITS ERMS files from. */
        Optional<java.nio.file.Path> directory();

        /**
         * The CITS ERMS XML schema every file is validated against before it is dropped: the DILCIS Board's
         * {@code ERMS_v3.xsd} (https://github.com/DILCISBoard/CITS-ERMS, {@code schema/}), placed by the operator.
         * Uppsikt does not ship a copy (the schema's licence terms are the DILCIS Board's to state); without it the
         * files are still well-formed XML but not schema-checked, and the service says so at startup.
         */
        Optional<java.nio.file.Path> ermsSchema();
    }

    interface Dispatch {

        /** How often the scheduler drains the outbox ({@code off} disables it); read by {@code @Scheduled}. */
        @WithDefault("30s")
        String every();

        /** Attempts before a registration moves to the dead-letter list. */
        @WithDefault("10")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further one. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT6H")
        Duration maxBackoff();

        /** How long a hand-over (file drop, 202) waits for the number by callback before it is handed over again. */
        @WithDefault("PT24H")
        Duration callbackTimeout();

        /** Registrations delivered per run. */
        @WithDefault("100")
        int batchSize();
    }

    interface Webhook {

        Optional<URI> url();

        /** Key of the HMAC-SHA256 signature the case system checks. */
        Optional<String> secret();

        @WithDefault("PT10S")
        Duration timeout();
    }
}
