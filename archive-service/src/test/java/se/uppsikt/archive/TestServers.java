package se.uppsikt.archive;

import io.quarkus.test.common.QuarkusTestResource;

import se.uppsikt.testsupport.EmbeddedPostgresResource;
import se.uppsikt.testsupport.OidcServerResource;

/** Declares, once for every test of this service, the real PostgreSQL and the OIDC server that signs tokens. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcServerResource.class)
public final class TestServers {

    private TestServers() {
    }
}
