package dev.vitrine.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A bundled demo website, served from the classpath on 127.0.0.1 and a free port, so
 * {@code vitrine demo} needs no network: the demo company's site
 * ({@code src/main/resources/demo-site/}, {@link #start()}), the partner site that links to
 * it ({@code src/main/resources/demo-partner-site/}, {@link #startPartner(URI)}) or its
 * competitor's site ({@code src/main/resources/demo-competitor-site/},
 * {@link #startCompetitor(URI)}).
 *
 * <p>Serves {@code /path/} from {@code path/index.html}, redirects {@code /path} to
 * {@code /path/} like a static host, and answers form posts with the page they post to. In
 * HTML, robots.txt and sitemap.xml it writes the real origins where the files say
 * {@code {{BASE_URL}}} (this site) or {@code {{COMPANY_URL}}} (the demo company's site), as
 * neither port is known in advance.
 */
public final class DemoSite implements AutoCloseable {

    private static final String COMPANY_ROOT = "demo-site";
    private static final String PARTNER_ROOT = "demo-partner-site";
    private static final String COMPETITOR_ROOT = "demo-competitor-site";
    private static final String BASE_URL_MARK = "{{BASE_URL}}";
    static final String COMPANY_URL_MARK = "{{COMPANY_URL}}";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "png", "image/png",
            "ico", "image/x-icon",
            "js", "text/javascript; charset=utf-8",
            "md", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI url;
    private final String root;
    private final Map<String, String> marks;

    private DemoSite(HttpServer server, ExecutorService executor, String root, URI companyUrl) {
        this.server = server;
        this.executor = executor;
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        this.root = root;
        this.marks = companyUrl == null
                ? Map.of(BASE_URL_MARK, origin(url))
                : Map.of(BASE_URL_MARK, origin(url), COMPANY_URL_MARK, origin(companyUrl));
    }

    /** Starts the demo company's site on a free port of 127.0.0.1. */
    public static DemoSite start() {
        return start(COMPANY_ROOT, null);
    }

    /**
     * Starts the partner site (a directory and magazine of Lyon's craftspeople that links to
     * the demo company) on another free port of 127.0.0.1.
     *
     * @param companyUrl the running demo company site, which the partner's pages link to
     */
    public static DemoSite startPartner(URI companyUrl) {
        return start(PARTNER_ROOT, companyUrl);
    }

    /**
     * Starts the competitor's site (Lumen &amp; Fils, a Villeurbanne maker of art lamps, which
     * links to the demo company once) on another free port of 127.0.0.1.
     *
     * @param companyUrl the running demo company site, which one competitor page links to
     */
    public static DemoSite startCompetitor(URI companyUrl) {
        return start(COMPETITOR_ROOT, companyUrl);
    }

    /** {@code http://127.0.0.1:41234/} → {@code http://127.0.0.1:41234}: marks are followed by a path. */
    static String origin(URI url) {
        String s = url.resolve("/").toString();
        return s.substring(0, s.length() - 1);
    }

    private static DemoSite start(String root, URI companyUrl) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "vitrine-demo-site");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            DemoSite site = new DemoSite(server, executor, root, companyUrl);
            server.createContext("/", site::handle);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo site " + root + " on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** The home page, e.g. {@code http://127.0.0.1:41234/}. */
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Server", "Vitrine demo");
            String path = exchange.getRequestURI().getPath();
            if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request".getBytes(StandardCharsets.UTF_8));
                return;
            }
            // A folder asked without its slash is redirected, as static hosts do. (Checked
            // first: on a file-system classpath a folder reads as a listing, not as missing.)
            if (!path.endsWith("/") && read(path + "/index.html") != null) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/html; charset=utf-8", new byte[0]);
                return;
            }
            String resource = path.endsWith("/") ? path + "index.html" : path;
            byte[] body = extension(resource).isEmpty() ? null : read(resource); // a bare folder is not a page
            if (body == null) {
                send(exchange, 404, TYPES.get("html"), notFound());
                return;
            }
            String type = TYPES.getOrDefault(extension(resource), "application/octet-stream");
            if (type.startsWith("text/html") || resource.endsWith(".txt") || resource.endsWith(".xml")) {
                body = withMarksReplaced(body);
            }
            if (!type.startsWith("text/html")) {
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
            }
            send(exchange, 200, type, body);
        }
    }

    private byte[] withMarksReplaced(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> mark : marks.entrySet()) {
            text = text.replace(mark.getKey(), mark.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] read(String path) throws IOException {
        return resource(root + path);
    }

    /** A bundled file's bytes, or null when there is none. */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static byte[] notFound() {
        return ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page introuvable</title>"
                + "</head><body><h1>Page introuvable</h1><p><a href=\"/\">Retour à l'accueil</a></p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
