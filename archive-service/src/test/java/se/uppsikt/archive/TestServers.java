package se.uppsikt.archive;

import io.quarkus.test.common.QuarkusTestResource;

import se.uppsikt.testsupport.EmbeddedPostgresResource;
import se.uppsikt.testsupport.OidcServerResource;

/**
 * Declares, once for every test of this service, the real PostgreSQL, the OIDC server that signs tokens and a temporary
 * blob store directory.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcServerResource.class)
@QuarkusTestResource(BlobDirectoryResource.class)
public final class TestServers {

    private TestServers() {
    }
}
