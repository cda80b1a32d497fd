package se.uppsikt.archive.item;

/** What an item is on its platform; the spelling is shared with the other services. */
public enum ItemKind {
    POST, COMMENT, REPLY, DIRECT_MESSAGE, MEDIA, PAGE_SNAPSHOT
}
