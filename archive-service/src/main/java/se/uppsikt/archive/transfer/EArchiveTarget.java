package se.uppsikt.archive.transfer;

import java.nio.file.Path;

/**
 * Where sealed packages go: the authority's e-arkiv (domain requirement 43). A directory drop (file share) today; an
 * SFTP or HTTP target implements the same interface and is selected by configuration.
 */
public interface EArchiveTarget {

    /** A short description of the target for the record, e.g. "directory:/mnt/e-arkiv/inkommande". */
    String describe();

    /**
     * Delivers the package zip and returns the receipt; throws {@link TransferFailedException} when the target did not
     * take it, or took it damaged.
     */
    Receipt deliver(Path zip, String packageId, String sha256);
}
