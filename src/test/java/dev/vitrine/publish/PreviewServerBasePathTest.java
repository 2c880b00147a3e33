package dev.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code vitrine serve --base-path}: the folder under a prefix only, as a static host serving a sub-path. */
class PreviewServerBasePathTest {

    @TempDir
    static Path root;
    static PreviewServer server;
    static HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serve() throws IOException {
        Files.writeString(root.resolve("index.html"), "<p>portfolio</p>");
        Files.createDirectories(root.resolve("acme"));
        Files.writeString(root.resolve("acme/index.html"), "<p>acme</p>");
        server = PreviewServer.start(root, 0, "clients/acme");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheFolderUnderThePrefix() throws Exception {
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/clients/acme/"), server.url());
        assertEquals("<p>portfolio</p>", get("/clients/acme/").body());
        assertEquals("<p>acme</p>", get("/clients/acme/acme/index.html").body());
        assertEquals("<p>acme</p>", get("/clients/acme/acme/").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/acme/index.html", "/clients/", "/clients/acmex/", "/clients/acme/../index.html"})
    void answers404OutsideThePrefix(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " → " + response.statusCode());
    }

    @Test
    void redirectsThePrefixWithoutItsSlash() throws Exception {
        HttpResponse<String> response = get("/clients/acme");
        assertEquals(301, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals("/clients/acme/", URI.create("http://127.0.0.1/clients/acme").resolve(location).getPath());
        assertEquals(301, get("/clients/acme/acme").statusCode(), "a folder inside redirects as without a prefix");
    }

    @ParameterizedTest
    @CsvSource({"/,/", "'',/", "clients,/clients/", "/clients/acme/,/clients/acme/", "//a//b,/a/b/"})
    void normalizesTheBasePath(String given, String expected) {
        assertEquals(expected, PreviewServer.basePath(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/../b/", "/a b/", "/%2e%2e/", "/é/", "/a?x=1"})
    void refusesABasePathThatIsNotAPlainPath(String bad) {
        VitrineException e = assertThrows(VitrineException.class, () -> PreviewServer.basePath(bad));
        assertEquals(VitrineException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().startsWith("--base-path must be a plain path"), e.getMessage());
    }
}
