package se.uppsikt.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh, empty blob store directory for each test run, so that tests never see another run's blobs. */
public class BlobDirectoryResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path directory = Files.createTempDirectory("uppsikt-archive-blobs-");
            return Map.of("archive.blob-store.directory", directory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // left for inspection after a failed run; the OS cleans its temporary directory
    }
}
