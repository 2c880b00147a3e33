package dev.vitrine.crawl;

import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.NetworkPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Single requests outside the crawl (home page probe, robots.txt, sitemaps, the outside
 * checks), one at a time, redirects not followed, bodies read up to a limit. Certificates are not checked, as in
 * crawler4j: an expired certificate is something to report, not a reason to stop.
 */
final class DirectFetcher {

    /** One response: {@code truncated} when the body was longer than the limit. */
    record Response(URI uri, int status, String contentType, Optional<String> location, byte[] body,
                    boolean truncated) {}

    /** The protocol a URL answered with: {@code HTTP/2} or {@code HTTP/1.1}, and its {@code alt-svc} header. */
    record Protocol(String version, String altSvc) {}

    private static final int MAX_HEADER_VALUE = 2_048;

    private final HttpClient client;
    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final SSLContext sslContext;

    DirectFetcher(CrawlSettings settings, String userAgent) {
        this.userAgent = userAgent;
        this.connectTimeout = Duration.ofMillis(settings.connectTimeoutMillis());
        this.readTimeout = Duration.ofMillis(settings.readTimeoutMillis());
        this.sslContext = trustingEveryCertificate();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(sslContext)
                .build();
    }

    Response get(URI uri, int maxBytes) throws IOException, InterruptedException {
        NetworkPolicy.check(uri);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(maxBytes);
            boolean truncated = in.read() != -1;
            return new Response(uri, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location"),
                    body.length == maxBytes ? Arrays.copyOf(body, body.length) : body, truncated);
        }
    }

    /**
     * Asks {@code uri} once with a client that prefers HTTP/2 (negotiated over TLS; plain
     * http stays HTTP/1.1) and says which version answered. The body is not read.
     */
    Protocol protocol(URI uri) throws IOException, InterruptedException {
        NetworkPolicy.check(uri);
        HttpClient http2 = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(sslContext)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .GET()
                .build();
        HttpResponse<InputStream> response = http2.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // only the status line and headers are wanted
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        String altSvc = response.headers().firstValue("alt-svc")
                .map(v -> v.length() <= MAX_HEADER_VALUE ? v : v.substring(0, MAX_HEADER_VALUE))
                .orElse(null);
        return new Protocol(version, altSvc);
    }

    /**
     * An extended trust manager that accepts everything: the JDK wraps a plain
     * {@code X509TrustManager} in one that still checks the host name, which would stop the
     * audit of a site whose certificate names another host (the bare domain, say).
     */
    private static SSLContext trustingEveryCertificate() {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS support in this Java runtime", e);
        }
    }
}
