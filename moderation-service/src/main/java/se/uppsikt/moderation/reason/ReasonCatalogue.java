package se.uppsikt.moderation.reason;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published version of the reason catalogue, in force from {@code validFrom} until {@code validTo} (inclusive,
 * open-ended while it is the latest). Never serialised: the API speaks {@code CatalogueView}.
 */
@Entity
@Table(name = "reason_catalogue")
public class ReasonCatalogue {

    @Id
    public Integer version;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String note;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
