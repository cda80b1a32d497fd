package se.uppsikt.moderation.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Picks the adapter {@code registration.adapter} names, so an authority changes case system by configuration. */
@ApplicationScoped
public class CaseSystemAdapters {

    private final Instance<CaseSystemAdapter> adapters;
    private final RegistrationConfig config;

    public CaseSystemAdapters(Instance<CaseSystemAdapter> adapters, RegistrationConfig config) {
        this.adapters = adapters;
        this.config = config;
    }

    public CaseSystemAdapter active() {
        return adapters.stream().filter(a -> a.name().equals(config.adapter())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no case system adapter named " + config.adapter()));
    }
}
