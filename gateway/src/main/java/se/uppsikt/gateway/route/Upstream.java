package se.uppsikt.gateway.route;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;

/**
 * One configured route, checked: where its requests go and how long the gateway waits for them.
 *
 * @param route name of the route, for logs
 * @param host host of the upstream service
 * @param port port of the upstream service
 * @param ssl whether the upstream speaks HTTPS
 * @param basePath path put before every forwarded path, empty for none
 * @param timeout connect and idle timeout
 */
record Upstream(String route, String host, int port, boolean ssl, String basePath, Duration timeout) {

    // A prefix is a plain absolute path without a trailing slash or wildcard; matching below it is the gateway's job.
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    /** Checks a configured route; a mistake stops the gateway at start instead of misrouting traffic. */
    static Upstream of(String name, GatewayConfig.Route route) {
        URI url = route.upstream();
        String scheme = url.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || url.getHost() == null) {
            throw new IllegalStateException("uppsikt.gateway.routes." + name
                    + ".upstream must be an http(s) URL with a host, not '" + url + "'");
        }
        boolean ssl = "https".equals(scheme);
        int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        if (route.timeout().isNegative() || route.timeout().isZero()) {
            throw new IllegalStateException("uppsikt.gateway.routes." + name + ".timeout must be positive");
        }
        for (String prefix : route.prefixes()) {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalStateException("uppsikt.gateway.routes." + name + ".prefixes: '" + prefix
                        + "' must be an absolute path like /api/v1/items, without a trailing slash or wildcard");
            }
        }
        return new Upstream(name, url.getHost(), port, ssl, path, route.timeout());
    }

    /** Opens a request to the upstream; it fails with a timeout if the upstream is silent for longer than allowed. */
    Future<HttpClientRequest> open(HttpClient client) {
        long millis = timeout.toMillis();
        return client.request(new RequestOptions()
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setConnectTimeout(millis)
                .setIdleTimeout(millis));
    }

    @Override
    public String toString() {
        return (ssl ? "https://" : "http://") + host + ":" + port + basePath;
    }
}
