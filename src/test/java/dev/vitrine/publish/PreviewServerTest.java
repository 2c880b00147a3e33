package dev.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server against a temp folder, through java.net.http as a browser would ask. */
class PreviewServerTest {

    private static final String SECRET = "the secret next to the served folder";

    @TempDir
    static Path temp;
    static Path root;
    static PreviewServer server;
    static HttpClient http;

    @BeforeAll
    static void serve() throws IOException {
        root = Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createDirectories(temp.resolve("private"));
        Files.writeString(temp.resolve("private/index.html"), SECRET);
        write("index.html", "<!doctype html><title>Home</title><p>home page</p>");
        write("plan.html", "<!doctype html><title>Plan</title>");
        write("x/index.html", "<!doctype html><title>X</title><p>x index</p>");
        write("assets/report.css", "body{margin:0}");
        write("assets/report.js", "console.log(1)");
        write("assets/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
        write("data/pages.js", "window.PAGES=[]");
        write("data/result.json", "{}");
        write("downloads/pages.csv", "url,status\n");
        write("downloads/pages.jsonl", "{}\n");
        write("notes.txt", "notes");
        write("façade été.html", "accented name");
        write("blob.bin", "binary");
        Files.write(root.resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(root.resolve("empty.txt"), new byte[0]);
        try {
            Files.createSymbolicLink(root.resolve("leak.txt"), temp.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("leakdir"), temp.resolve("private"));
            Files.createSymbolicLink(root.resolve("alias.html"), root.resolve("plan.html"));
        } catch (UnsupportedOperationException | IOException noSymlinks) {
            // a file system without links: those tests see 404 anyway
        }
        server = PreviewServer.start(root, 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What a client that does not clean up paths (curl --path-as-is, a raw socket) would send. */
    private static String rawRequest(String requestLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.url().getHost());
        assertTrue(server.port() > 0);
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.url());
    }

    @Test
    void servesIndexHtmlForTheRootAndForFolders() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("home page"));
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> x = get("/x/");
        assertEquals(200, x.statusCode());
        assertTrue(x.body().contains("x index"));
        assertEquals(x.body(), get("/x/index.html").body());
    }

    @Test
    void redirectsAFolderWithoutItsSlashSoRelativeLinksWork() throws Exception {
        HttpResponse<String> x = get("/x?q=1");
        assertEquals(301, x.statusCode());
        assertEquals("./x/?q=1", x.headers().firstValue("Location").orElseThrow());
        assertEquals(200, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/x")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/assets/report.css, text/css; charset=utf-8",
        "/assets/report.js, text/javascript; charset=utf-8",
        "/data/pages.js, text/javascript; charset=utf-8",
        "/data/result.json, application/json; charset=utf-8",
        "/assets/logo.svg, image/svg+xml",
        "/assets/logo.png, image/png",
        "/downloads/pages.csv, text/csv; charset=utf-8",
        "/downloads/pages.jsonl, text/plain; charset=utf-8",
        "/notes.txt, text/plain; charset=utf-8",
        "/blob.bin, application/octet-stream",
    })
    void answersEachFileWithItsContentType(String path, String type) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow(), path);
        assertEquals(Files.readString(root.resolve(path.substring(1)), StandardCharsets.ISO_8859_1).length(),
                Integer.parseInt(response.headers().firstValue("Content-Length").orElseThrow()), path);
    }

    @Test
    void sendsNoStoreAndNoSniffOnEveryAnswer() throws Exception {
        for (String path : List.of("/", "/assets/report.css", "/missing.html", "/../secret.txt")) {
            HttpResponse<String> response = get(path);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        HttpResponse<String> post = send("POST", "/");
        assertEquals("no-store", post.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("nosniff", post.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void decodesPercentEncodedNames() throws Exception {
        HttpResponse<String> response = get("/fa%C3%A7ade%20%C3%A9t%C3%A9.html");
        assertEquals(200, response.statusCode());
        assertEquals("accented name", response.body());
    }

    @Test
    void servesAnEmptyFile() throws Exception {
        HttpResponse<String> response = get("/empty.txt");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void answersMissingFilesWithA404Page() throws Exception {
        HttpResponse<String> response = get("/nowhere/missing.html");
        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("404"), response.body());
        assertTrue(response.body().contains("/nowhere/missing.html"), response.body());
        assertEquals(404, get("/assets/").statusCode(), "a folder without index.html");
    }

    @Test
    void escapesTheRequestedPathInThe404Page() throws Exception {
        HttpResponse<String> response = get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("<script>"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/x/../../secret.txt",
        "/a/../../secret.txt",
        "/x/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/x/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/x%5c..%5c..%5csecret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/secret.txt%00.html",
        "/../private/",
        "/%2e%2e/private/index.html",
    })
    void refusesToLeaveTheFolder(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " → " + response.statusCode());
        assertFalse(response.body().contains(SECRET), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /../secret.txt HTTP/1.1",
        "GET /x/../../secret.txt HTTP/1.1",
        "GET /%2e%2e/secret.txt HTTP/1.1",
        "GET /..%2f..%2fsecret.txt HTTP/1.1",
        "GET /../private/ HTTP/1.1",
        "GET http://127.0.0.1/../secret.txt HTTP/1.1",
    })
    void refusesToLeaveTheFolderWhateverTheClientSends(String requestLine) throws Exception {
        String response = rawRequest(requestLine);
        assertTrue(response.startsWith("HTTP/1.1 400") || response.startsWith("HTTP/1.1 404"), response);
        assertFalse(response.contains(SECRET), requestLine);
    }

    @Test
    void refusesSymbolicLinksThatLeaveTheFolder() throws Exception {
        assertEquals(404, get("/leak.txt").statusCode());
        assertFalse(get("/leak.txt").body().contains(SECRET));
        assertEquals(404, get("/leakdir/").statusCode());
        assertEquals(404, get("/leakdir/index.html").statusCode());
        if (Files.isSymbolicLink(root.resolve("alias.html"))) {
            assertEquals(200, get("/alias.html").statusCode(), "a link that stays inside is fine");
        }
    }

    @Test
    void answersHeadWithHeadersAndNoBody() throws Exception {
        HttpResponse<String> head = send("HEAD", "/assets/report.css");
        assertEquals(200, head.statusCode());
        assertEquals("text/css; charset=utf-8", head.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("14", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("", head.body());
        assertEquals(404, send("HEAD", "/missing").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void refusesEveryOtherMethodWith405(String method) throws Exception {
        HttpResponse<String> response = send(method, "/index.html");
        assertEquals(405, response.statusCode(), method);
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
        assertTrue(Files.readString(root.resolve("index.html")).contains("home page"), "nothing was changed");
    }

    @Test
    void refusesHostsThatAreNotLoopbackNames() throws Exception {
        String rebound = rawRequestWithHost("evil.example:" + server.port());
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertFalse(rebound.contains("home page"));
        assertTrue(rawRequestWithHost("localhost:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(rawRequestWithHost("127.0.0.1").startsWith("HTTP/1.1 200"));
    }

    private static String rawRequestWithHost(String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void refusesAPortInUseWithOneSentence() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            VitrineException e = assertThrows(VitrineException.class, () -> PreviewServer.start(root, taken.getLocalPort()));
            assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), e.getMessage());
        }
    }

    @Test
    void refusesAMissingFolderAndABadPort() {
        assertEquals(VitrineException.Kind.CONFIGURATION,
                assertThrows(VitrineException.class, () -> PreviewServer.start(temp.resolve("nope"), 0)).kind());
        assertEquals(VitrineException.Kind.CONFIGURATION,
                assertThrows(VitrineException.class, () -> PreviewServer.start(temp.resolve("secret.txt"), 0)).kind());
        assertEquals(VitrineException.Kind.USAGE,
                assertThrows(VitrineException.class, () -> PreviewServer.start(root, 70000)).kind());
        assertEquals(VitrineException.Kind.USAGE,
                assertThrows(VitrineException.class, () -> PreviewServer.start(root, -1)).kind());
    }

    @Test
    void servesTheSiteOfARunFolderAndAnyOtherFolderAsItIs() throws IOException {
        Path run = Files.createDirectories(temp.resolve("runs/2026-11-23T101500Z"));
        assertEquals(run, PreviewServer.folderToServe(run), "no site/ yet");
        Files.createDirectories(run.resolve("site"));
        assertEquals(run, PreviewServer.folderToServe(run), "no result.json: not a run folder");
        Files.writeString(run.resolve("result.json"), "{}");
        assertEquals(run.resolve("site"), PreviewServer.folderToServe(run));
        assertEquals(root, PreviewServer.folderToServe(root));
    }

    @Test
    void splitsAndDecodesPathsOrRefusesThem() {
        assertEquals(List.of(), PreviewServer.segments("/"));
        assertEquals(List.of("a", "b c", "d.html"), PreviewServer.segments("/a//b%20c/d.html"));
        assertEquals(List.of("a+b"), PreviewServer.segments("/a+b"));
        assertNull(PreviewServer.segments("/a/../b"));
        assertNull(PreviewServer.segments("/a/./b"));
        assertNull(PreviewServer.segments("/a%2Fb"));
        assertNull(PreviewServer.segments("/a%5Cb"));
        assertNull(PreviewServer.segments("/a%00"));
        assertNull(PreviewServer.segments("/a%2"));
        assertNull(PreviewServer.segments("/a%zz"));
        assertNull(PreviewServer.segments("/%c0%ae"), "overlong UTF-8 is malformed");
        assertNull(PreviewServer.segments("relative"));
        assertNull(PreviewServer.segments(null));
    }
}
