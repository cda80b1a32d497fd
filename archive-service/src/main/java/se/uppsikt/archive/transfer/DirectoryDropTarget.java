package se.uppsikt.archive.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.disclosure.DeadlineClock;

/**
 * Delivers to a directory the e-arkiv reads (a mounted file share). The zip is written under a temporary name and
 * renamed when complete, so the e-arkiv never picks up half a package; the copy is re-hashed where it landed and a
 * {@code .sha256} file is written beside it for the e-arkiv's own check.
 */
@ApplicationScoped
public class DirectoryDropTarget implements EArchiveTarget {

    private final Path directory;
    private final DeadlineClock clock;

    public DirectoryDropTarget(@ConfigProperty(name = "archive.sip.transfer.directory") Path directory,
            DeadlineClock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String describe() {
        return "directory:" + directory;
    }

    @Override
    public Receipt deliver(Path zip, String packageId, String sha256) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(packageId + ".zip");
            if (Files.exists(target)) {
                throw new TransferFailedException("the e-arkiv drop already holds " + target);
            }
            Path partial = directory.resolve(packageId + ".zip.part");
            Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
            String landed;
            try (InputStream in = Files.newInputStream(partial)) {
                landed = Sha256.of(in);
            }
            if (!landed.equals(sha256)) {
                Files.deleteIfExists(partial);
                throw new TransferFailedException("the copy in " + directory + " has SHA-256 " + landed
                        + ", expected " + sha256);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(directory.resolve(packageId + ".zip.sha256"), sha256 + "  " + packageId + ".zip\n",
                    StandardCharsets.UTF_8);
            return new Receipt(describe(), target.toString(), landed, Files.size(target), clock.now());
        } catch (IOException e) {
            throw new TransferFailedException("could not write to " + directory + ": " + e.getMessage(), e);
        }
    }
}
