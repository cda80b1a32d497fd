package se.uppsikt.moderation.reason;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reason is identified by its code within one catalogue version: the same code recurs in every version. */
@Embeddable
public class ReasonKey implements Serializable {

    @Column(name = "catalogue_version", nullable = false)
    public int catalogueVersion;

    @Column(nullable = false)
    public String code;

    public ReasonKey() {
    }

    public ReasonKey(int catalogueVersion, String code) {
        this.catalogueVersion = catalogueVersion;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReasonKey other && catalogueVersion == other.catalogueVersion
                && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogueVersion, code);
    }
}
