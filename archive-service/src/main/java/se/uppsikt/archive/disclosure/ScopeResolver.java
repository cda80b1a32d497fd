package se.uppsikt.archive.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.uppsikt.archive.disclosure.api.DisclosureScope;
import se.uppsikt.commons.problem.ApiProblem;

/**
 * Resolves a request's scope to the items it covers, with the same criteria as the archive search (full text with the
 * Swedish configuration, author handle, diarienummer) but over every visibility: whether secret items are released is
 * the decision the request is about, so they must be in scope and held.
 */
@ApplicationScoped
class ScopeResolver {

    private final EntityManager em;

    ScopeResolver(EntityManager em) {
        this.em = em;
    }

    Set<UUID> resolve(DisclosureScope scope, int maxItems) {
        Set<UUID> found = new LinkedHashSet<>();
        if (scope.channelId() != null || scope.searches() || scope.periodFrom() != null || scope.periodTo() != null) {
            StringBuilder sql = new StringBuilder("select i.id from item i join item_version v on v.item_id = i.id"
                    + " and v.version_no = i.current_version where true");
            Map<String, Object> parameters = new LinkedHashMap<>();
            restrict(sql, parameters, "i.channel_id = :channelId", "channelId", scope.channelId());
            restrict(sql, parameters, "i.platform_created_at >= :from", "from", scope.periodFrom());
            restrict(sql, parameters, "i.platform_created_at < :to", "to", scope.periodTo());
            restrict(sql, parameters, "v.search_vector @@ websearch_to_tsquery('swedish', :text)", "text",
                    scope.text());
            restrict(sql, parameters, "lower(i.author_handle) = lower(:authorHandle)", "authorHandle",
                    scope.authorHandle());
            restrict(sql, parameters, "exists (select 1 from item_registration r where r.item_id = i.id"
                    + " and r.registration_number = :registrationNumber)", "registrationNumber",
                    scope.registrationNumber());
            var query = em.createNativeQuery(sql + " order by i.platform_created_at, i.id limit " + (maxItems + 1));
            parameters.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<UUID> ids = query.getResultList();
            found.addAll(ids);
        }
        if (!scope.itemIds().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> existing = em.createNativeQuery("select id from item where id in (:ids)")
                    .setParameter("ids", scope.itemIds()).getResultList();
            List<UUID> unknown = new ArrayList<>(scope.itemIds());
            unknown.removeAll(existing);
            if (!unknown.isEmpty()) {
                throw ApiProblem.invalidField("scope.itemIds",
                        "these items are not in the archive: " + unknown.stream().sorted().toList());
            }
            found.addAll(existing);
        }
        if (found.size() > maxItems) {
            throw ApiProblem.invalidField("scope", "the scope covers more than " + maxItems
                    + " items; narrow it with a period, search criteria or item ids");
        }
        return found;
    }

    private static void restrict(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" and ").append(condition);
            parameters.put(name, value instanceof String s ? s.strip() : value);
        }
    }
}
