package se.uppsikt.retention.decision;

/** Who has the power to decide on gallring for the records concerned (domain brief §5.3). */
public enum DecidingBodyType {
    /** Riksarkivets föreskrifter, general regulations for state bodies (e.g. RA-FS 2021:6) */
    RIKSARKIVET_RAFS,
    /** Riksarkivets myndighetsspecifika föreskrifter for one state body */
    RIKSARKIVET_RAMS,
    /** the arkivmyndighet of a kommun or region (kommunstyrelse, arkivnämnd, stadsarkiv) */
    ARKIVMYNDIGHET,
    /** a nämnd or styrelse deciding for its own records, as the local arkivreglemente allows */
    NAMND
}
