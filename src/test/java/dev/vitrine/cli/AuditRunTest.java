package dev.vitrine.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs through the command line, against sites on 127.0.0.1. These need the crawler
 * (crawl/) and the demo site (demo/); every run goes into a @TempDir through --out.
 */
class AuditRunTest {

    @TempDir
    Path tmp;

    @Test
    void siteNobodyAnswersForIsExitCode4() throws IOException {
        Cli.Result r = Cli.run("audit", "--url", "http://127.0.0.1:" + freePort() + "/", "--out", tmp.toString());
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().strip().lines().reduce((a, b) -> b).orElse("").startsWith("vitrine: "), r::toString);
        assertTrue(Files.notExists(tmp) || isEmptyOfRuns(tmp), "no run left behind");
    }

    @Test
    void auditOfAUrlPrintsASummaryThenTheRunFolderThenItsReport() {
        WireMockServer site = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        site.start();
        try {
            site.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><head><title>Acme</title></head><body><a href=\"/contact\">Contact</a>"
                            + "<a href=\"/gone\">Old page</a></body></html>")));
            site.stubFor(get(urlEqualTo("/contact")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><head><title>Contact</title></head><body>contact@acme.fr</body></html>")));

            Cli.Result r = Cli.run("audit", "--url", site.baseUrl() + "/", "--out", tmp.toString(), "--delay-ms", "0",
                    "--lang", "en");

            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().contains("HTML pages: 2"), r::toString);
            assertTrue(r.out().contains("broken links: 1"), r::toString);
            Path index = Path.of(r.lastLine());
            assertTrue(Files.isRegularFile(index), r::toString);
            Path runDir = index.getParent().getParent();
            List<String> lines = r.out().strip().lines().toList();
            assertEquals(runDir.toString(), lines.get(lines.size() - 2), "the run folder just before");
            assertEquals(tmp, runDir.getParent());
        } finally {
            site.stop();
        }
    }

    @Test
    void demoAuditsTheBundledSite() {
        Cli.Result r = Cli.run("demo", "--out", tmp.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(Path.of(r.lastLine())), r::toString);
        assertTrue(r.lastLine().endsWith("index.html"), r::toString);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isEmptyOfRuns(Path dir) {
        try (var files = Files.list(dir)) {
            return files.noneMatch(Files::isDirectory);
        } catch (IOException e) {
            return false;
        }
    }
}
