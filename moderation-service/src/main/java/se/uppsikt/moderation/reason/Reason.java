package se.uppsikt.moderation.reason;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A ground for hiding, removing or blocking, as one catalogue version states it. Decisions copy the legal reference
 * at decision time (req. 18), so a later version never rewrites what an earlier decision cited.
 */
@Entity
@Table(name = "reason")
public class Reason {

    @EmbeddedId
    public ReasonKey key;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_group", nullable = false)
    public ReasonGroup group;

    @Column(name = "legal_reference", nullable = false)
    public String legalReference;

    @Column(name = "title_sv", nullable = false)
    public String titleSv;

    @Column(name = "description_sv")
    public String descriptionSv;

    @Column(name = "special_evidence_handling", nullable = false)
    public boolean specialEvidenceHandling;

    @Column(name = "motivation_required", nullable = false)
    public boolean motivationRequired;
}
