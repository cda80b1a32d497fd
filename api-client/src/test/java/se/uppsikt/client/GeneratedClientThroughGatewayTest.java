package se.uppsikt.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.uppsikt.client.archive.api.HoldsApi;
import se.uppsikt.client.archive.model.PageViewHoldView;
import se.uppsikt.client.moderation.api.ReasonsApi;
import se.uppsikt.client.moderation.model.CatalogueView;
import se.uppsikt.client.registry.ApiException;
import se.uppsikt.client.registry.api.AuthoritiesApi;
import se.uppsikt.client.registry.model.AuthorityKind;
import se.uppsikt.client.registry.model.AuthorityRequest;
import se.uppsikt.client.registry.model.AuthorityView;
import se.uppsikt.client.retention.api.RetentionDecisionsApi;
import se.uppsikt.client.retention.model.PageViewRetentionDecisionView;
import se.uppsikt.testsupport.Tokens;

/**
 * What an integrator does: the client generated from the committed OpenAPI documents, pointed at the gateway, with a
 * bearer token, against the real services and their databases. One call per service, plus a write read back.
 */
class GeneratedClientThroughGatewayTest {

    private static RealStack stack;
    private static String token;

    @BeforeAll
    static void startUppsikt() {
        stack = RealStack.start();
        // an integrator's machine client with every role the calls below need
        token = Tokens.forUser("kommun-integration", "admin", "channel-admin", "archivist", "registrar",
                "moderator");
    }

    @AfterAll
    static void stopUppsikt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void registryAuthorityWrittenThroughTheGatewayIsReadBack() throws Exception {
        AuthoritiesApi authorities = new AuthoritiesApi(registry(token));
        long before = authorities.apiV1AuthoritiesGet(0, 100).getTotal();

        authorities.apiV1AuthoritiesPost(new AuthorityRequest()
                .name("Kultur- och fritidsnämnden")
                .organisationNumber("212000-0357")
                .kind(AuthorityKind.COMMITTEE)
                .registryEmail("registrator@kommun.example.se")
                .archiveAuthority("Kommunstyrelsen"));

        List<AuthorityView> items = authorities.apiV1AuthoritiesGet(0, 100).getItems();
        assertEquals(before + 1, items.size());
        assertTrue(items.stream().anyMatch(a -> "Kultur- och fritidsnämnden".equals(a.getName())
                && a.getKind() == AuthorityKind.COMMITTEE));
    }

    @Test
    void archiveHoldsAreListed() throws Exception {
        var client = new se.uppsikt.client.archive.ApiClient();
        client.updateBaseUri(stack.gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        PageViewHoldView holds = new HoldsApi(client).apiV1HoldsGet(null, 0, 20);

        assertNotNull(holds.getItems());
        assertEquals(0, holds.getPage());
    }

    @Test
    void moderationReasonCatalogueInForceIsRead() throws Exception {
        var client = new se.uppsikt.client.moderation.ApiClient();
        client.updateBaseUri(stack.gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        CatalogueView catalogue = new ReasonsApi(client).apiV1ReasonsGet(null);

        assertNotNull(catalogue.getVersion());
        assertFalse(catalogue.getReasons().isEmpty(), "the seeded 2018 catalogue has reasons");
    }

    @Test
    void retentionDecisionsAreListed() throws Exception {
        var client = new se.uppsikt.client.retention.ApiClient();
        client.updateBaseUri(stack.gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        PageViewRetentionDecisionView decisions = new RetentionDecisionsApi(client).apiV1RetentionDecisionsGet(0, 20);

        assertNotNull(decisions.getItems());
    }

    @Test
    void withoutTokenTheGatewayRefusesBeforeAnyService() {
        ApiException refused = assertThrows(ApiException.class,
                () -> new AuthoritiesApi(registry(null)).apiV1AuthoritiesGet(0, 10));

        assertEquals(401, refused.getCode());
        assertTrue(refused.getResponseBody().contains("https://uppsikt.se/problems/unauthorized"));
    }

    private static se.uppsikt.client.registry.ApiClient registry(String bearer) {
        var client = new se.uppsikt.client.registry.ApiClient();
        client.updateBaseUri(stack.gatewayUrl());
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }
}
