package se.uppsikt.gateway.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

import se.uppsikt.gateway.metrics.UriTemplate;
import se.uppsikt.gateway.problem.ProblemWriter;

/**
 * Puts the route table on Quarkus's router: every prefix of every route is handed to a Vert.x reverse proxy for that
 * route's upstream. Token checks have already run by then (HTTP permissions), and paths no route names fall through
 * to the 404 problem.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ProblemWriter problems;

    public ProxyRoutes(GatewayConfig config, Vertx vertx, ProblemWriter problems) {
        this.config = config;
        this.vertx = vertx;
        this.problems = problems;
    }

    void init(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnectionsPerUpstream()));
        Map<String, Upstream> byPrefix = new HashMap<>();
        List<Mount> mounts = new ArrayList<>();
        config.routes().forEach((name, route) -> {
            Upstream upstream = Upstream.of(name, route);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> upstream.open(context.client()))
                    .addInterceptor(new UpstreamInterceptor(upstream, problems, new RouteCircuit(name,
                            config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor(),
                            System::nanoTime)));
            for (String prefix : route.prefixes()) {
                Upstream other = byPrefix.put(prefix, upstream);
                if (other != null) {
                    throw new IllegalStateException("Prefix " + prefix + " is in both route " + other.route()
                            + " and route " + name);
                }
                mounts.add(new Mount(prefix, upstream, proxy));
            }
        });
        // Vert.x takes the first matching route: the longest prefix must come first so that it wins.
        mounts.sort(Comparator.comparingInt((Mount m) -> m.prefix().length()).reversed());
        for (Mount mount : mounts) {
            String template = mount.prefix() + "/*";
            Handler<RoutingContext> forward = rc -> {
                UriTemplate.tag(template);
                mount.proxy().handle(rc.request());
            };
            router.route(mount.prefix()).handler(forward);
            router.route(mount.prefix() + "/*").handler(forward);
            Log.infof("Route %s: %s -> %s (timeout %s)", mount.upstream().route(), mount.prefix(), mount.upstream(),
                    mount.upstream().timeout());
        }
    }

    private record Mount(String prefix, Upstream upstream, HttpProxy proxy) {
    }
}
