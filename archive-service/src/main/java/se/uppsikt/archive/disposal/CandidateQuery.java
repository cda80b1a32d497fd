package se.uppsikt.archive.disposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.uppsikt.archive.disposal.api.CandidatesPage;
import se.uppsikt.archive.disposal.api.CandidatesRequest;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.SqlTimes;
import se.uppsikt.archive.item.Visibility;

/** The candidates query: one page by item id (keyset), so memory stays flat whatever the size of the archive. */
@ApplicationScoped
public class CandidateQuery {

    private final EntityManager em;

    public CandidateQuery(EntityManager em) {
        this.em = em;
    }

    public CandidatesPage page(CandidatesRequest r) {
        StringBuilder sql = new StringBuilder("select i.id, i.channel_id, i.kind, i.direction, i.visibility,"
                + " i.platform_created_at, i.captured_at, v.content_sha256, " + HoldCheck.HELD
                + " from item i join item_version v on v.item_id = i.id and v.version_no = i.current_version"
                + " where true");
        Map<String, Object> parameters = new LinkedHashMap<>();
        restrict(sql, parameters, "i.channel_id in (:channels)", "channels", r.channelIds());
        restrict(sql, parameters, "i.kind in (:kinds)", "kinds", names(r.kinds()));
        restrict(sql, parameters, "i.direction in (:directions)", "directions", names(r.directions()));
        restrict(sql, parameters, "i.visibility in (:visibilities)", "visibilities", names(r.visibilities()));
        if (r.createdBefore() != null) {
            sql.append(" and i.platform_created_at < :createdBefore");
            parameters.put("createdBefore", r.createdBefore());
        }
        if (r.capturedBefore() != null) {
            sql.append(" and i.captured_at < :capturedBefore");
            parameters.put("capturedBefore", r.capturedBefore());
        }
        if (r.after() != null) {
            sql.append(" and i.id > :after");
            parameters.put("after", r.after());
        }
        // one more than asked: whether there is a next page, without a count over the whole archive
        sql.append(" order by i.id limit ").append(r.limit() + 1);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CandidatesPage.Candidate> items = new ArrayList<>();
        for (int n = 0; n < Math.min(rows.size(), r.limit()); n++) {
            Object[] row = rows.get(n);
            items.add(new CandidatesPage.Candidate((UUID) row[0], (UUID) row[1], ItemKind.valueOf((String) row[2]),
                    Direction.valueOf((String) row[3]), Visibility.valueOf((String) row[4]), SqlTimes.instant(row[5]),
                    SqlTimes.instant(row[6]), (String) row[7], (Boolean) row[8]));
        }
        UUID next = rows.size() > r.limit() ? items.get(items.size() - 1).itemId() : null;
        return new CandidatesPage(items, next);
    }

    private static void restrict(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
            List<?> values) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(condition);
            parameters.put(name, values);
        }
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

}
