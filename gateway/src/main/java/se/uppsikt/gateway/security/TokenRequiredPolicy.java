package se.uppsikt.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP permission policy {@value #NAME}: a request needs an identity that quarkus-oidc has validated (signature,
 * issuer, expiry, audience). It grants what Quarkus's own {@code authenticated} policy grants, but refuses by failing
 * the request, so the refusal reaches the gateway's failure handler and is answered as problem details like every
 * other error ({@code authenticated} ends the response with an empty body). Roles are the services' business.
 */
@ApplicationScoped
public class TokenRequiredPolicy implements HttpSecurityPolicy {

    /** The name used in {@code quarkus.http.auth.permission.<name>.policy}. */
    public static final String NAME = "token-required";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        return identity.onItem().transformToUni(id -> id == null || id.isAnonymous()
                ? Uni.createFrom().failure(new UnauthorizedException())
                : Uni.createFrom().item(CheckResult.PERMIT));
    }

    @Override
    public String name() {
        return NAME;
    }
}
