package se.uppsikt.retention.erasure;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One record named in an erasure request and what archive law says about it. */
@Entity
@Table(name = "erasure_request_item")
@IdClass(ErasureRequestItem.Key.class)
public class ErasureRequestItem {

    public enum Verdict {
        COVERED_BY_DECISION, NOT_DUE, NO_DECISION, HELD, PRESERVED, SECRET, NOT_FOUND
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "request_id")
    public ErasureRequest request;

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "due_at")
    public Instant dueAt;

    public static class Key implements Serializable {

        public UUID request;
        public UUID itemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(request, k.request) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(request, itemId);
        }
    }
}
