package se.uppsikt.archive.takedown;

/** HIDE: hidden on the platform; REMOVE: deleted there; BLOCK_USER: the author blocked where the platform offers it. */
public enum TakedownAction {
    HIDE, REMOVE, BLOCK_USER
}
