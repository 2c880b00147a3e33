package dev.vitrine.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that cannot be audited ends the crawl with one sentence and the "unreachable" exit code. */
class HomeProbeTest {

    @TempDir
    Path dir;

    private VitrineException failure(URI start) {
        VitrineException e = assertThrows(VitrineException.class, () -> CrawlRun.of(start, CrawlRun.FAST, dir));
        assertEquals(VitrineException.Kind.UNREACHABLE, e.kind());
        assertEquals(4, e.kind().exitCode);
        return e;
    }

    @Test
    void refusedConnectionIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VitrineException e = failure(URI.create("http://127.0.0.1:" + closedPort + "/"));
        assertTrue(e.getMessage().contains("connection was refused"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void unknownHostIsNamed() {
        VitrineException e = failure(URI.create("http://no-such-host.invalid/"));
        assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
    }

    @Test
    void homePageErrorStatusIsReported() {
        try (FakeSite site = new FakeSite()) {
            site.status("/", 503);
            VitrineException e = failure(site.url("/"));
            assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        }
    }

    @Test
    void homePageThatIsNotHtmlIsReported() {
        try (FakeSite site = new FakeSite()) {
            site.respond("/", aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody("%PDF"));
            VitrineException e = failure(site.url("/"));
            assertTrue(e.getMessage().contains("not an HTML page"), e.getMessage());
            assertTrue(e.getMessage().contains("application/pdf"), e.getMessage());
        }
    }

    @Test
    void homeRedirectLoopIsReported() {
        try (FakeSite site = new FakeSite()) {
            site.redirect("/", 302, "/a").redirect("/a", 302, "/");
            VitrineException e = failure(site.url("/"));
            assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
        }
    }

    @Test
    void robotsTxtForbiddingTheHomePageStopsTheAudit() {
        try (FakeSite site = new FakeSite()) {
            site.page("/", "Home", "").text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
            VitrineException e = failure(site.url("/"));
            assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
            assertTrue(e.getMessage().contains("--ignore-robots"), e.getMessage());
        }
    }

    @Test
    void nothingIsWrittenWhenTheSiteIsUnreachable() throws IOException {
        try (FakeSite site = new FakeSite()) {
            site.status("/", 500);
            failure(site.url("/"));
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count());
            }
        }
    }
}
