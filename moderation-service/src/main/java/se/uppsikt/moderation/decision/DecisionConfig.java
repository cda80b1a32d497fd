package se.uppsikt.moderation.decision;

import java.util.Optional;
import java.util.UUID;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where moderation's own registrations go; see the Decisions section of application.properties. */
@ConfigMapping(prefix = "moderation.registration")
public interface DecisionConfig {

    /** The authority whose diarium registers the decisions (one authority per deployment for now). */
    UUID authorityId();

    @WithDefault("KS")
    String registryUnit();

    /** A standing case that removal decisions join; without it each removal opens a case of its own. */
    Optional<String> removalCaseNumber();

    Optional<String> responsibleUnit();
}
