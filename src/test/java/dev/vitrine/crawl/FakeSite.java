package dev.vitrine.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;

/**
 * A fake company site on 127.0.0.1 and a dynamic port, served by WireMock. Anything not
 * stubbed answers 404, like a static host.
 */
final class FakeSite implements AutoCloseable {

    private final WireMockServer server;
    private final boolean https;

    /** A site over plain http. */
    FakeSite() {
        this(false);
    }

    private FakeSite(boolean https) {
        this.https = https;
        server = new WireMockServer(https
                ? options().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                : options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<h1>Not found</h1>")));
    }

    /** A site over https only (WireMock's self-signed certificate; HTTP/2 offered through ALPN). */
    static FakeSite https() {
        return new FakeSite(true);
    }

    URI url(String path) {
        return URI.create(origin() + path);
    }

    String origin() {
        return https ? "https://127.0.0.1:" + server.httpsPort() : "http://127.0.0.1:" + server.port();
    }

    /** An HTML page; {@code body} goes inside {@code <body>}. */
    FakeSite page(String path, String title, String body) {
        return html(path, "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body>" + body + "</body></html>");
    }

    FakeSite html(String path, String document) {
        return respond(path, aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(document));
    }

    FakeSite respond(String path, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(response));
        return this;
    }

    FakeSite status(String path, int status) {
        return respond(path, aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<h1>" + status + "</h1>"));
    }

    FakeSite redirect(String from, int status, String location) {
        return respond(from, aResponse().withStatus(status).withHeader("Location", location));
    }

    FakeSite text(String path, String contentType, String body) {
        return respond(path, aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body));
    }

    int requestsFor(String path) {
        return (int) server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(path)).count();
    }

    String userAgentOf(String path) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(path))
                .map(e -> e.getRequest().getHeader("User-Agent")).findFirst().orElse(null);
    }

    @Override
    public void close() {
        server.stop();
    }
}
