package dev.vitrine.publish;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Serves the files of one folder on 127.0.0.1, to preview a report site as a static host
 * would: {@code vitrine serve}. Read-only (GET and HEAD), nothing cached, and nothing outside
 * the folder is ever answered: request paths are decoded once, any {@code ..} segment,
 * backslash or NUL is refused, and the file finally opened must still be inside the folder
 * once symbolic links are resolved.
 *
 * <p>With a base path ({@code --base-path /clients/acme/}) the folder is served under that
 * prefix only, as a static host serving the folder from a sub-path would: anything outside
 * it answers 404, and the prefix without its final slash redirects to it. That is how to
 * check that a published portfolio's relative links hold under a sub-path.
 *
 * <p>Requests whose Host header is not a loopback name are refused too: a web page cannot
 * reach the preview through a DNS name rebound to 127.0.0.1 and read a confidential audit.
 */
public final class PreviewServer implements AutoCloseable {

    /** The port {@code vitrine serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8000;
    /** A run folder holds this file; its report site is {@link #SITE_DIR} inside it. */
    static final String RUN_MARKER = "result.json";
    static final String SITE_DIR = "site";
    static final String INDEX = "index.html";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("jsonl", "text/plain; charset=utf-8"),
            Map.entry("ndjson", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("yaml", "text/plain; charset=utf-8"),
            Map.entry("yml", "text/plain; charset=utf-8"),
            Map.entry("log", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"));
    private static final String DEFAULT_TYPE = "application/octet-stream";
    private static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "localhost", "[::1]");
    /** A segment of a base path: written as it is in a URL, no encoding needed. */
    private static final Pattern BASE_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService executor;

    private PreviewServer(Path root, String basePath, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.basePath = basePath;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code root} on 127.0.0.1.
     *
     * @param port 1..65535, or 0 for any free port (see {@link #port()})
     * @throws VitrineException CONFIGURATION when the folder does not exist or the port is
     *                          taken, USAGE when the port is out of range
     */
    public static PreviewServer start(Path root, int port) {
        return start(root, port, "/");
    }

    /**
     * Starts serving {@code root} on 127.0.0.1 under {@code basePath}, as a static host serving
     * it from a sub-path would.
     *
     * @param basePath "/" for the root, or a path such as {@code /clients/acme/} (see {@link #basePath(String)})
     * @throws VitrineException as {@link #start(Path, int)}, and USAGE for a base path that is not a plain path
     */
    public static PreviewServer start(Path root, int port, String basePath) {
        String prefix = basePath(basePath);
        if (port < 0 || port > 65535) {
            throw VitrineException.usage("--port must be between 0 and 65535 (0 picks a free port), not " + port);
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw VitrineException.configuration(root + " does not exist");
        }
        if (!Files.isDirectory(realRoot)) {
            throw VitrineException.configuration(root + " is not a folder");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback(), port), 0);
        } catch (BindException e) {
            throw VitrineException.configuration("port " + port + " on 127.0.0.1 is already in use:"
                    + " stop what listens there or choose another port with --port (0 picks a free one)");
        } catch (IOException e) {
            throw VitrineException.configuration("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(8, task -> {
            Thread t = new Thread(task, "vitrine-serve-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        PreviewServer preview = new PreviewServer(realRoot, prefix, server, executor);
        server.createContext("/", preview::handle);
        server.setExecutor(executor);
        server.start();
        return preview;
    }

    /**
     * The folder {@code vitrine serve <dir>} serves: the report site of a run folder (one
     * with result.json and a site/ folder), otherwise {@code dir} itself.
     */
    public static Path folderToServe(Path dir) {
        Path site = dir.resolve(SITE_DIR);
        if (Files.isRegularFile(dir.resolve(RUN_MARKER)) && Files.isDirectory(site)) {
            return site;
        }
        return dir;
    }

    /** The folder served, symbolic links resolved. */
    public Path root() {
        return root;
    }

    /** The port listened on (the one chosen by the system when started with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/}, followed by the base path when there is one. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + basePath);
    }

    /**
     * A base path as served: "/" for none, else "/" + its segments + "/" ({@code clients/acme}
     * becomes {@code /clients/acme/}).
     *
     * @throws VitrineException USAGE when a segment is not made of letters, digits, '.', '-', '_' or '~',
     *                          or is "." or ".."
     */
    public static String basePath(String text) {
        if (text == null || text.isBlank() || text.strip().equals("/")) {
            return "/";
        }
        StringBuilder path = new StringBuilder("/");
        for (String segment : text.strip().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!BASE_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw VitrineException.usage("--base-path must be a plain path such as /clients/acme/ (letters, digits,"
                        + " '.', '-', '_' and '~' between slashes), not \"" + text + "\"");
            }
            path.append(segment).append('/');
        }
        return path.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always a valid address
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            if (!head && !"GET".equals(method)) {
                headers.set("Allow", "GET, HEAD");
                sendPage(exchange, 405, "Method not allowed", method + " is not allowed: this server only reads files.");
                return;
            }
            if (!loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                sendPage(exchange, 403, "Forbidden", "This preview only answers requests addressed to 127.0.0.1 or localhost.");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (!basePath.equals("/")) {
                if (rawPath != null && rawPath.equals(basePath.substring(0, basePath.length() - 1))) {
                    String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
                    headers.set("Location", "./" + last + "/");
                    sendPage(exchange, 301, "Moved", "This folder is at its address with a final slash.");
                    return;
                }
                if (rawPath == null || !rawPath.startsWith(basePath)) {
                    sendPage(exchange, 404, "Not found", "Nothing here: this preview serves " + basePath + " only.");
                    return;
                }
                rawPath = rawPath.substring(basePath.length() - 1); // keeps the leading "/"
            }
            List<String> segments = segments(rawPath);
            if (segments == null) {
                sendPage(exchange, 400, "Bad request", "This path is not allowed.");
                return;
            }
            Path file = root;
            try {
                for (String segment : segments) {
                    file = file.resolve(segment);
                }
            } catch (InvalidPathException e) {
                sendPage(exchange, 400, "Bad request", "This path is not allowed.");
                return;
            }
            file = file.normalize();
            if (!file.startsWith(root)) { // cannot happen once ".." is refused; kept as the last word
                sendPage(exchange, 400, "Bad request", "This path is not allowed.");
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    // Relative links of dir/index.html need the slash: redirect as static hosts do,
                    // relative to the request ("./name/"), so that no path can turn it into another host.
                    String query = exchange.getRequestURI().getRawQuery();
                    String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
                    headers.set("Location", "./" + last + "/" + (query == null ? "" : "?" + query));
                    sendPage(exchange, 301, "Moved", "This folder is at its address with a final slash.");
                    return;
                }
                file = file.resolve(INDEX);
            }
            Path real = realFileInside(file);
            if (real == null) {
                sendPage(exchange, 404, "Not found", "Nothing here: " + rawPath);
                return;
            }
            sendFile(exchange, real, head);
        } catch (IOException | UncheckedIOException e) {
            // The client went away, or the file vanished while being read: nothing to tell anyone.
        } catch (RuntimeException e) {
            try {
                sendPage(exchange, 500, "Internal error", "This request could not be answered.");
            } catch (IOException | RuntimeException headersAlreadySent) {
                // nothing more to say on this connection
            }
        } finally {
            exchange.close();
        }
    }

    /**
     * The decoded path segments of a request path, or null when the path must be refused:
     * not absolute, badly encoded, with a backslash, a NUL, or a "." or ".." segment
     * (whether written plainly or percent-encoded). Empty segments ("//", final "/") are dropped.
     */
    static List<String> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        // Split before decoding, so that an encoded "/" (%2F) cannot build a ".." segment…
        for (String raw : rawPath.substring(1).split("/", -1)) {
            String segment = decode(raw);
            if (segment == null) {
                return null;
            }
            if (segment.isEmpty()) {
                continue;
            }
            // …and refuse what decoding brings back: separators, parent and current folders.
            if (segment.equals(".") || segment.equals("..") || segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0
                    || segment.indexOf('\0') >= 0) {
                return null;
            }
            segments.add(segment);
        }
        return segments;
    }

    /** Percent-decodes one segment as UTF-8 ("+" stays "+": this is a path, not a form); null when malformed. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                return null; // a raw non-ASCII character is not a valid request path
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The file itself when it is a regular file inside the root once links are resolved, else null. */
    private Path realFileInside(Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) && Files.isReadable(real) ? real : null;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return true; // HTTP/1.0 without Host: not a browser, so not a rebinding attack
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        return LOOPBACK_HOSTS.contains(name);
    }

    /** The Content-Type of a file, by its extension. */
    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, DEFAULT_TYPE);
    }

    private static void sendFile(HttpExchange exchange, Path file, boolean head) throws IOException {
        long size = Files.size(file);
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        if (head) {
            sendHeadersOnly(exchange, 200, size);
            return;
        }
        exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private static void sendPage(HttpExchange exchange, int status, String title, String message) throws IOException {
        byte[] body = ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + status + " " + escape(title) + "</title></head>"
                + "<body><h1>" + status + " " + escape(title) + "</h1><p>" + escape(message) + "</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            sendHeadersOnly(exchange, status, body.length);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A HEAD answer: the Content-Length a GET would have, and no body. */
    private static void sendHeadersOnly(HttpExchange exchange, int status, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
        exchange.sendResponseHeaders(status, -1);
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
