package se.uppsikt.moderation.reason;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The reasons of each catalogue version. */
@ApplicationScoped
public class ReasonRepository implements PanacheRepositoryBase<Reason, ReasonKey> {

    /** Statutory grounds first, then secrecy, then policy: the order a moderator weighs them in (Appendix A). */
    private static final Comparator<Reason> MODERATION_ORDER = Comparator
            .comparing((Reason r) -> r.group.ordinal()).thenComparing(r -> r.key.code);

    public List<Reason> listByCatalogue(int version) {
        return list("key.catalogueVersion", version).stream().sorted(MODERATION_ORDER).toList();
    }
}
