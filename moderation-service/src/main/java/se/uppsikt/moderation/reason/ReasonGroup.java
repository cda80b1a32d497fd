package se.uppsikt.moderation.reason;

/** What kind of ground a reason is; it decides, among other things, whether a removal must always be registered. */
public enum ReasonGroup {
    /** a duty to remove under BBS-lagen 5 § */
    STATUTORY,
    /** secret information under offentlighets- och sekretesslagen (OSL) */
    SECRECY,
    /** the authority's own published rules for the channel */
    POLICY
}
