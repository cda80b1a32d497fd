package se.uppsikt.archive.registration;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.uppsikt.archive.item.SqlTimes;
import se.uppsikt.archive.registration.api.RegistrationView;
import se.uppsikt.commons.problem.ApiProblem;

/**
 * Links items to the registration numbers (diarienummer) they were registered under. Idempotent: registering the same
 * number again keeps the first registration, as the case management system does.
 */
@ApplicationScoped
public class ItemRegistrationService {

    private final EntityManager em;
    private final Clock clock;

    public ItemRegistrationService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public List<RegistrationView> register(UUID itemId, String registrationNumber, String actor) {
        requireItem(itemId);
        em.createNativeQuery("""
                insert into item_registration (item_id, registration_number, registered_at, registered_by)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, itemId).setParameter(2, registrationNumber.strip())
                .setParameter(3, clock.instant()).setParameter(4, actor).executeUpdate();
        return of(itemId);
    }

    public List<RegistrationView> list(UUID itemId) {
        requireItem(itemId);
        return of(itemId);
    }

    private List<RegistrationView> of(UUID itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select registration_number, registered_at, registered_by from item_registration
                where item_id = ?1 order by registered_at, registration_number""").setParameter(1, itemId)
                .getResultList();
        return rows.stream().map(r -> new RegistrationView((String) r[0], SqlTimes.instant(r[1]), (String) r[2]))
                .toList();
    }

    private void requireItem(UUID itemId) {
        Number found = (Number) em.createNativeQuery("select count(*) from item where id = ?1").setParameter(1, itemId)
                .getSingleResult();
        if (found.longValue() == 0) {
            throw ApiProblem.notFound("Item", itemId);
        }
    }

}
