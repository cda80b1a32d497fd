package se.uppsikt.archive.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A channel's platform access token (contract 11): the property {@code archive.credentials."<channelId>".access-token}
 * (so an environment variable or a Kubernetes Secret as env works) or the file
 * {@code ${archive.credentials.dir}/<channelId>/access-token} (a mounted Secret). Never the database, never a log:
 * nothing here logs, and {@link ChannelAccess#toString()} leaves the token out.
 */
@ApplicationScoped
public class Credentials {

    private final Config config;
    private final Optional<Path> directory;

    public Credentials(Config config, @ConfigProperty(name = "archive.credentials.dir") Optional<String> directory) {
        this.config = config;
        this.directory = directory.filter(d -> !d.isBlank()).map(Path::of);
    }

    public Optional<String> accessToken(UUID channelId) {
        Optional<String> property = config.getOptionalValue("archive.credentials.\"" + channelId + "\".access-token",
                String.class).or(
                        () -> config.getOptionalValue("archive.credentials." + channelId + ".access-token",
                                String.class));
        if (property.isPresent() && !property.get().isBlank()) {
            return property.map(String::strip);
        }
        return directory.map(d -> d.resolve(channelId.toString()).resolve("access-token"))
                .filter(Files::isRegularFile).flatMap(Credentials::read);
    }

    private static Optional<String> read(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
