package se.uppsikt.retention.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A GDPR erasure request as registered, with the answer given (requirement 59). */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public enum Outcome {
        /** every item is covered by a decision in force; normal runs dispose of it when the frist runs out */
        DISPOSED_BY_RUN,
        /** some items are covered, the rest are kept under archive law */
        PARTLY_DISPOSED_BY_RUN,
        /** nothing is covered by a decision: archive law prevails over art. 17 (art. 17.3 b, e) */
        ARCHIVE_LAW_PREVAILS
    }

    @Id
    public UUID id;

    @Column(name = "subject_reference", nullable = false)
    public String subjectReference;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(nullable = false)
    public String answer;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("itemId")
    public List<ErasureRequestItem> items = new ArrayList<>();
}
