package se.uppsikt.retention;

import io.quarkus.test.common.QuarkusTestResource;

import se.uppsikt.testsupport.EmbeddedPostgresResource;
import se.uppsikt.testsupport.OidcServerResource;

/**
 * Declares, once for every test of this service, the real PostgreSQL, the OIDC server that signs tokens, and the HTTP
 * fakes of the archive, the channel registry and the diarium.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcServerResource.class)
@QuarkusTestResource(FakeDownstream.class)
public final class TestServers {

    private TestServers() {
    }
}
