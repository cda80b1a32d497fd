package se.uppsikt.retention.record;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.run.ExclusionReason;
import se.uppsikt.retention.run.ItemOutcome;

/**
 * The item list of a disposal record, read page by page in item id order (keyset on the run item's primary key), so
 * that a record of 200,000 items costs one page of memory, never the whole list. A run's items no longer change
 * once it has executed, so the pages, each read in its own short transaction, add up to one consistent list.
 */
@ApplicationScoped
public class RecordItems {

    /** Exclusions of the dry run that the record lists by item; NOT_DUE, OUT_OF_SCOPE etc. were never due. */
    static final List<ExclusionReason> LISTED_EXCLUSIONS = List.of(ExclusionReason.HELD, ExclusionReason.PRESERVED,
            ExclusionReason.SECRET);

    /** The header of the CSV list; a change here changes every later list's hash, so it is part of the format. */
    static final String CSV_HEADER = "item_id,channel_id,kind,result,content_sha256,trigger_at,governing_decision_id";

    /** Which items a pass reads. */
    public enum Selection {
        DISPOSED("i.outcome = :disposed"), NOT_DISPOSED(
                "((i.outcome is not null and i.outcome <> :disposed) or i.exclusionReason in :listed)"), ALL_LISTED(
                        "(i.outcome is not null or i.exclusionReason in :listed)");

        final String condition;

        Selection(String condition) {
            this.condition = condition;
        }
    }

    /** Name, size and fixity of the CSV list: the PDF/A prints the hash, so the two files prove each other. */
    public record ListFile(String name, long rows, long bytes, String sha256) {
    }

    private final EntityManager em;
    private final int pageSize;

    public RecordItems(EntityManager em,
            @ConfigProperty(name = "retention.record.page-size", defaultValue = "1000") int pageSize) {
        this.em = em;
        this.pageSize = pageSize;
    }

    /** Hands every selected item to {@code page}, one page at a time, in item id order. */
    public void forEachPage(UUID runId, Selection selection, Consumer<List<ListedItem>> page) {
        UUID after = null;
        while (true) {
            UUID from = after;
            List<ListedItem> items = QuarkusTransaction.requiringNew().call(() -> read(runId, selection, from));
            if (items.isEmpty()) {
                return;
            }
            page.accept(items);
            if (items.size() < pageSize) {
                return;
            }
            after = items.get(items.size() - 1).itemId();
        }
    }

    /** The first {@code limit} selected items; what the PDF/A lists inline when the run is small. */
    public List<ListedItem> first(UUID runId, Selection selection, int limit) {
        List<ListedItem> found = new ArrayList<>();
        forEachPage(runId, selection, page -> {
            if (found.size() < limit) {
                found.addAll(page.subList(0, Math.min(page.size(), limit - found.size())));
            }
        });
        return found;
    }

    /**
     * Writes the list as CSV (RFC 4180, UTF-8, CRLF) and returns its SHA-256. The output is deterministic for an
     * executed run, so the hash printed in the PDF/A can be checked against the list fetched later.
     */
    public ListFile writeCsv(UUID runId, OutputStream target) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long[] rowsAndBytes = new long[2];
        OutputStream out = new DigestOutputStream(target, sha256) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                super.write(b, off, len);
                rowsAndBytes[1] += len;
            }
        };
        line(out, CSV_HEADER);
        forEachPage(runId, Selection.ALL_LISTED, page -> {
            StringBuilder lines = new StringBuilder(page.size() * 240);
            for (ListedItem i : page) {
                lines.append(i.itemId()).append(',').append(i.channelId()).append(',').append(i.kind()).append(',')
                        .append(i.result()).append(',').append(text(i.contentSha256())).append(',')
                        .append(text(i.triggerAt())).append(',').append(text(i.governingDecisionId()))
                        .append("\r\n");
            }
            rowsAndBytes[0] += page.size();
            write(out, lines.toString());
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListFile(csvName(runId), rowsAndBytes[0], rowsAndBytes[1],
                HexFormat.of().formatHex(sha256.digest()));
    }

    /** The list's hash and size without keeping it: one pass over the items into a digest. */
    public ListFile describeCsv(UUID runId) {
        return writeCsv(runId, OutputStream.nullOutputStream());
    }

    public static String csvName(UUID runId) {
        return "gallringsprotokoll-" + runId + "-forteckning.csv";
    }

    private List<ListedItem> read(UUID runId, Selection selection, UUID after) {
        TypedQuery<Object[]> query = em.createQuery("select i.itemId, i.channelId, i.kind, i.outcome, "
                + "i.exclusionReason, coalesce(i.outcomeSha256, i.contentSha256), i.triggerAt, i.governingDecisionId "
                + "from DisposalRunItem i where i.runId = :run and " + selection.condition
                + (after == null ? "" : " and i.itemId > :after") + " order by i.itemId", Object[].class)
                .setParameter("run", runId).setMaxResults(pageSize);
        if (selection.condition.contains(":disposed")) {
            query.setParameter("disposed", ItemOutcome.DISPOSED);
        }
        if (selection.condition.contains(":listed")) {
            query.setParameter("listed", LISTED_EXCLUSIONS);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultStream()
                .map(r -> new ListedItem((UUID) r[0], (UUID) r[1], (ItemKind) r[2],
                        String.valueOf(r[3] != null ? r[3] : r[4]), (String) r[5], (Instant) r[6], (UUID) r[7]))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(OutputStream out, String line) {
        write(out, line + "\r\n");
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
