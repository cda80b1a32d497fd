package se.uppsikt.archive.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A media object of a version: its blob when it was downloaded, its platform URL when known. */
@Embeddable
public class MediaRef {

    @Column(name = "sha256")
    public String sha256;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "source_url")
    public String sourceUrl;

    public MediaRef() {
    }

    public MediaRef(String sha256, String mediaType, String sourceUrl) {
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.sourceUrl = sourceUrl;
    }
}
