package se.uppsikt.moderation.review;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where overdue alerts are sent besides the record and the metric (e.g. a chat or incident tool's webhook). */
@ConfigMapping(prefix = "moderation.alerts")
public interface AlertsConfig {

    /** Unset: alerts are recorded and counted only. */
    Optional<URI> webhookUrl();

    @WithDefault("PT10S")
    Duration webhookTimeout();

    /** Each overdue check retries undelivered alerts; after this many failures the alert is marked FAILED. */
    @WithDefault("10")
    int webhookMaxAttempts();
}
