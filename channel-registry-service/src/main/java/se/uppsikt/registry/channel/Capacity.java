package se.uppsikt.registry.channel;

/** In what capacity the channel speaks (requirement 1). */
public enum Capacity {
    /** the authority's official account */
    OFFICIAL,
    /** an official or politician acting in office (tjänsteutövning) */
    OFFICIAL_PERSON,
    /** a tool used to push content; in the register whenever its dialogue functions are on (seed 002) */
    PUSH_ONLY
}
