package se.uppsikt.archive.blob;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of raw payloads, media and renditions are kept, addressed by their SHA-256. A directory by default
 * ({@link FileSystemBlobStore}); object storage can implement the same interface later.
 */
public interface BlobStore {

    /** Stores the bytes (a no-op when a blob with that hash is already there) and returns their SHA-256. */
    String put(byte[] content);

    /** The bytes, or empty when no blob with that hash is stored. The caller closes the stream. */
    Optional<InputStream> open(String sha256);

    /** Removes the blob; removing one that is not there is not an error. */
    void delete(String sha256);
}
