package se.uppsikt.moderation;

import io.quarkus.test.common.QuarkusTestResource;

import se.uppsikt.testsupport.EmbeddedPostgresResource;
import se.uppsikt.testsupport.OidcServerResource;

/**
 * Declares, once for every test of this service, the real PostgreSQL, the OIDC server that signs tokens, and the
 * HTTP fakes of archive-service and the case system.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcServerResource.class)
@QuarkusTestResource(DownstreamFakes.class)
public final class TestServers {

    private TestServers() {
    }
}
