package se.uppsikt.archive.item;

/**
 * Who may see an item. RESTRICTED: personal data or removed from the platform, internal only. SECRET: covered by a
 * provision of offentlighets- och sekretesslagen, readable only by cleared roles and every read audited.
 */
public enum Visibility {
    PUBLIC, RESTRICTED, SECRET
}
