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
 * The bundled demo company website ({@code src/main/resources/demo-site/}), served from the
 * classpath on 127.0.0.1 and a free port, so {@code vitrine demo} needs no network.
 *
 * <p>Serves {@code /path/} from {@code path/index.html}, redirects {@code /path} to
 * {@code /path/} like a static host, answers form posts with the page they post to, and
 * writes the real origin where robots.txt and sitemap.xml say {@code {{BASE_URL}}}.
 */
public final class DemoSite implements AutoCloseable {

    private static final String ROOT = "demo-site";
    private static final String BASE_URL_MARK = "{{BASE_URL}}";
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

    private DemoSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Starts the demo site on a free port of 127.0.0.1. */
    public static DemoSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "vitrine-demo-site");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            DemoSite site = new DemoSite(server, executor);
            server.createContext("/", site::handle);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo site on 127.0.0.1: " + e.getMessage(), e);
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
            if (resource.endsWith(".txt") || resource.endsWith(".xml")) {
                String origin = url.toString().substring(0, url.toString().length() - 1);
                body = new String(body, StandardCharsets.UTF_8).replace(BASE_URL_MARK, origin)
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (!type.startsWith("text/html")) {
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
            }
            send(exchange, 200, type, body);
        }
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(ROOT + path)) {
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
