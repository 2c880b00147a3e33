package dev.vitrine.offsite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Other sites (backlink sources, directories) under their real-looking host names, each
 * served by its own WireMock server on 127.0.0.1. {@link #route} is given to
 * {@link WebFetcher}: a URL on a known host goes to its server, any other host to a closed
 * port (connection refused), and 127.0.0.1 URLs go where they say. Nothing leaves the machine.
 */
final class FakeWeb implements AutoCloseable {

    private final Map<String, WireMockServer> sites = new HashMap<>();

    /** A site at {@code host}: anything not stubbed answers 404 (robots.txt too, so everything is allowed). */
    Site site(String host) {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<h1>Introuvable</h1>")));
        sites.put(host.toLowerCase(Locale.ROOT), server);
        return new Site(host, server);
    }

    URI route(URI asked) {
        String host = asked.getHost() == null ? "" : asked.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("127.0.0.1")) {
            return asked;
        }
        WireMockServer server = sites.get(host);
        int port = server == null ? 1 : server.port();
        String path = asked.getRawPath() == null || asked.getRawPath().isEmpty() ? "/" : asked.getRawPath();
        return URI.create("http://127.0.0.1:" + port + path + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery()));
    }

    WebFetcher fetcher() {
        return new WebFetcher("Vitrine-test", java.time.Duration.ofSeconds(5), this::route);
    }

    @Override
    public void close() {
        sites.values().forEach(WireMockServer::stop);
    }

    static final class Site {
        private final String host;
        private final WireMockServer server;

        Site(String host, WireMockServer server) {
            this.host = host;
            this.server = server;
        }

        String url(String path) {
            return "https://" + host + path;
        }

        Site page(String path, String body) {
            return respond(path, aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page</title></head><body>"
                            + body + "</body></html>"));
        }

        Site robots(String content) {
            return respond("/robots.txt", aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                    .withBody(content));
        }

        Site status(String path, int status) {
            return respond(path, aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                    .withBody("<h1>" + status + "</h1>"));
        }

        Site redirect(String from, String location) {
            return respond(from, aResponse().withStatus(301).withHeader("Location", location));
        }

        Site respond(String path, ResponseDefinitionBuilder response) {
            server.stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(response));
            return this;
        }

        int requestsFor(String path) {
            return (int) server.getAllServeEvents().stream()
                    .filter(e -> e.getRequest().getUrl().equals(path)).count();
        }

        String origin() {
            return "http://127.0.0.1:" + server.port();
        }
    }
}
