package se.uppsikt.registry.authority;

/** What sort of records creator an authority is. */
public enum AuthorityKind {
    /** kommun */
    MUNICIPALITY,
    /** region */
    REGION,
    /** nämnd or styrelse: its own records creator inside a kommun or region */
    COMMITTEE,
    /** kommunalt bolag */
    MUNICIPAL_COMPANY,
    /** statlig myndighet */
    STATE_AGENCY
}
