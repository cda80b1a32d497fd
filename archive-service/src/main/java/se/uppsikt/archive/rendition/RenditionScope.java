package se.uppsikt.archive.rendition;

/**
 * THREAD: the root post with every reply. ITEM_WITH_CONTEXT: one item with the posts it replies to and its siblings
 * (requirement 49: a removed comment is kept with the parent post and the comments around it).
 */
public enum RenditionScope {
    THREAD, ITEM_WITH_CONTEXT
}
