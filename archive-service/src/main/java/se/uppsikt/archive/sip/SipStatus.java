package se.uppsikt.archive.sip;

/** INVALID packages are kept for inspection but never transferred; VALID ones wait for transfer. */
public enum SipStatus {
    INVALID, VALID, TRANSFERRED
}
