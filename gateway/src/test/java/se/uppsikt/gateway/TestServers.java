package se.uppsikt.gateway;

import io.quarkus.test.common.QuarkusTestResource;

import se.uppsikt.testsupport.OidcServerResource;

/**
 * Declares, once for every test of the gateway, the OIDC server that signs tokens and the fake upstream services the
 * routes point at.
 */
@QuarkusTestResource(OidcServerResource.class)
@QuarkusTestResource(UpstreamServers.class)
public final class TestServers {

    private TestServers() {
    }
}
