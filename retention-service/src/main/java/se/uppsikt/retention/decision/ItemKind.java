package se.uppsikt.retention.decision;

/** The kinds of social media records (handlingstyper) a decision may cover, spelled as every Uppsikt service does. */
public enum ItemKind {
    POST, COMMENT, REPLY, DIRECT_MESSAGE, MEDIA, PAGE_SNAPSHOT
}
