package se.uppsikt.archive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;
import se.uppsikt.archive.item.SqlTimes;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.search.api.SearchHit;
import se.uppsikt.commons.api.PageView;

/**
 * Searches the current version of items, newest first. Free text uses PostgreSQL full-text search with the
 * {@code swedish} configuration on the GIN-indexed {@code search_vector}, so inflected forms match ("kommunens" finds
 * "kommun"); {@code websearch_to_tsquery} accepts what people type (quotes, "or", minus) without syntax errors.
 */
@ApplicationScoped
public class SearchService {

    private static final String FROM = " from item i join item_version v on v.item_id = i.id"
            + " and v.version_no = i.current_version where i.visibility in (:visibilities)";

    private final EntityManager em;

    public SearchService(EntityManager em) {
        this.em = em;
    }

    PageView<SearchHit> search(SearchCriteria c) {
        return search(c, 0);
    }

    /**
     * As {@link #search(SearchCriteria)}, counting the matches only up to {@code countLimit} (0: all): the total is
     * then {@code countLimit + 1} when there are more.
     */
    PageView<SearchHit> search(SearchCriteria c, int countLimit) {
        StringBuilder where = new StringBuilder(FROM);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("visibilities", c.visibilities().stream().map(Enum::name).toList());
        if (c.publicInboundChannels() != null) {
            where.append(c.publicInboundChannels().isEmpty()
                    ? " and i.direction = 'OUTBOUND'"
                    : " and (i.direction = 'OUTBOUND' or i.channel_id in (:inboundChannels))");
            if (!c.publicInboundChannels().isEmpty()) {
                parameters.put("inboundChannels", c.publicInboundChannels());
            }
        }
        restrict(where, parameters, "i.channel_id = :channelId", "channelId", c.channelId());
        restrict(where, parameters, "i.platform_created_at >= :from", "from", c.from());
        restrict(where, parameters, "i.platform_created_at < :to", "to", c.to());
        restrict(where, parameters, "lower(i.author_handle) = lower(:authorHandle)", "authorHandle",
                c.authorHandle());
        restrict(where, parameters, "i.direction = :direction", "direction",
                c.direction() == null ? null : c.direction().name());
        restrict(where, parameters, "i.kind = :kind", "kind", c.kind() == null ? null : c.kind().name());
        restrict(where, parameters, "v.search_vector @@ websearch_to_tsquery('swedish', :text)", "text", c.text());
        restrict(where, parameters, "exists (select 1 from item_registration r where r.item_id = i.id"
                + " and r.registration_number = :registrationNumber)", "registrationNumber", c.registrationNumber());

        Query count = em.createNativeQuery(countLimit > 0
                ? "select count(*) from (select 1" + where + " limit " + (countLimit + 1) + ") matches"
                : "select count(*)" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query query = em.createNativeQuery("select i.id, i.channel_id, i.platform, i.kind, i.direction, i.visibility,"
                + " i.author_handle, i.author_display_name, i.platform_created_at, v.text, v.content_sha256" + where
                + " order by i.platform_created_at desc, i.id limit " + c.size() + " offset "
                + (long) c.page() * c.size());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new PageView<>(rows.stream().map(SearchService::hit).toList(), c.page(), c.size(), total);
    }

    private static void restrict(StringBuilder where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(condition);
            parameters.put(name, value instanceof String s ? s.strip() : value);
        }
    }

    private static SearchHit hit(Object[] r) {
        return new SearchHit((UUID) r[0], (UUID) r[1], Platform.valueOf((String) r[2]), ItemKind.valueOf((String) r[3]),
                Direction.valueOf((String) r[4]), Visibility.valueOf((String) r[5]), (String) r[6], (String) r[7],
                SqlTimes.instant(r[8]), (String) r[9], (String) r[10]);
    }

}
