package se.uppsikt.archive.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Blobs as files under {@code archive.blob-store.directory}, at {@code ab/cd/abcd…} so that no directory grows too
 * large. A blob is written to a temporary file and moved into place atomically: a reader never sees half a blob,
 * and a crash leaves at most a temporary file behind.
 */
@ApplicationScoped
public class FileSystemBlobStore implements BlobStore {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FileSystemBlobStore(@ConfigProperty(name = "archive.blob-store.directory") Path root) {
        this.root = root;
    }

    @Override
    public String put(byte[] content) {
        String sha256 = Sha256.of(content);
        Path target = locate(sha256);
        if (Files.exists(target)) {
            return sha256;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store blob " + sha256, e);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(Files.newInputStream(locate(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read blob " + sha256, e);
        }
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(locate(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete blob " + sha256, e);
        }
    }

    /** The file of a blob; public so that tests and operators can find it. */
    public Path locate(String sha256) {
        if (!HEX.matcher(sha256).matches()) {
            // the hash becomes a path: never let anything else near the file system
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
