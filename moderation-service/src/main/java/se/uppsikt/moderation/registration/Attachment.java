package se.uppsikt.moderation.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file registered with the document (the decision as PDF/A, a disposal record), kept until delivered. */
@Embeddable
public class Attachment {

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "sha256", nullable = false, columnDefinition = "bpchar")
    public String sha256;

    @Column(name = "content", nullable = false)
    public byte[] content;
}
