package se.uppsikt.archive.visibility;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.commons.http.RequestIdFilter;

/**
 * Who may read SECRET items (OSL): the roles in {@code archive.secret.cleared-roles}. Every read of a SECRET item by a
 * cleared user is recorded, in the same transaction as the read.
 */
@ApplicationScoped
public class SecretAccess {

    private final List<String> clearedRoles;
    private final EntityManager em;
    private final Clock clock;

    public SecretAccess(@ConfigProperty(name = "archive.secret.cleared-roles") List<String> clearedRoles,
            EntityManager em, Clock clock) {
        this.clearedRoles = clearedRoles;
        this.em = em;
        this.clock = clock;
    }

    public boolean isCleared(SecurityIdentity identity) {
        return clearedRoles.stream().anyMatch(identity::hasRole);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(UUID itemId, String reader) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        em.createNativeQuery("insert into secret_read (id, item_id, read_by, read_at, request_id)"
                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, itemId).setParameter(3, reader)
                .setParameter(4, clock.instant()).setParameter(5, requestId == null ? null : requestId.toString())
                .executeUpdate();
    }
}
