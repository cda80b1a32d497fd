package se.uppsikt.archive;

import io.quarkus.test.common.QuarkusTestResource;

import se.uppsikt.testsupport.EmbeddedPostgresResource;
import se.uppsikt.testsupport.OidcServerResource;

/**
 * Declares, once for every test of this service, the real PostgreSQL, the OIDC server that signs tokens, a temporary
 * blob store directory and the world outside the archive (register and platforms, {@link OutsideWorld}).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcServerResource.class)
@QuarkusTestResource(BlobDirectoryResource.class)
@QuarkusTestResource(OutsideWorld.class)
public final class TestServers {

    private TestServers() {
    }
}
