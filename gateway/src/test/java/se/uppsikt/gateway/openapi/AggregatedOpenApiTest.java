package se.uppsikt.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AggregatedOpenApiTest {

    @Test
    void mergedDocumentHasAPathOfEveryServiceAndNeedsNoToken() {
        given().when().get("/openapi.json")
                .then().statusCode(200)
                .contentType("application/json")
                .body("paths", hasKey("/api/v1/channels"))
                .body("paths.'/api/v1/channels'.get.x-uppsikt-service", is("channel-registry-service"))
                .body("paths", hasKey("/api/v1/holds"))
                .body("paths.'/api/v1/holds'.get.x-uppsikt-service", is("archive-service"))
                .body("paths", hasKey("/api/v1/reasons"))
                .body("paths.'/api/v1/reasons'.get.x-uppsikt-service", is("moderation-service"))
                .body("paths", hasKey("/api/v1/retention-decisions"))
                .body("paths.'/api/v1/retention-decisions'.get.x-uppsikt-service", is("retention-service"))
                .body("paths", hasKey("/openapi"));
    }

    @Test
    void mergedDocumentDescribesTheGatewayNotTheServices() {
        given().when().get("/openapi.json")
                .then().statusCode(200)
                .body("servers[0].url", is("http://localhost:8080"))
                .body("components.securitySchemes.oidc.type", is("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        containsString("/.well-known/openid-configuration"))
                .body("components.securitySchemes.bearer.scheme", is("bearer"))
                .body("x-tagGroups.name", everyItem(notNullValue()));
    }

    @Test
    void everyReferenceInTheMergedDocumentResolves() {
        String json = given().when().get("/openapi.json").then().statusCode(200).extract().asString();
        JsonPath document = JsonPath.from(json);
        Matcher refs = Pattern.compile("\"#/components/(\\w+)/([^\"]+)\"")
                .matcher(json);
        int count = 0;
        while (refs.find()) {
            count++;
            assertNotNull(
                    document.get("components." + refs.group(1) + ".'" + refs.group(2) + "'"),
                    "unresolved " + refs.group());
        }
        assertTrue(count > 0, "the document has references");
    }

    @Test
    void yamlVersionAndSwaggerUiAreServed() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("openapi: "));

        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/openapi"))
                .body(not(containsString("/q/openapi")));
    }
}
