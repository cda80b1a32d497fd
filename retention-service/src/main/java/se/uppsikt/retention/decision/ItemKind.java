package se.uppsikt.retention.decision;

/** The kinds of social media records (handlingstyper) a decision may cover. */
public enum ItemKind {
    POST, COMMENT, REPLY, DIRECT_MESSAGE, REACTION, MEDIA, PAGE_SNAPSHOT
}
