package dev.vitrine.crawl;

import dev.vitrine.model.CrawlSettings;
import java.io.IOException;
import java.io.InputStream;
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
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Single requests outside the crawl (home page probe, robots.txt, sitemaps), one at a time,
 * redirects not followed, bodies read up to a limit. Certificates are not checked, as in
 * crawler4j: an expired certificate is something to report, not a reason to stop.
 */
final class DirectFetcher {

    /** One response: {@code truncated} when the body was longer than the limit. */
    record Response(URI uri, int status, String contentType, Optional<String> location, byte[] body,
                    boolean truncated) {}

    private final HttpClient client;
    private final String userAgent;
    private final Duration readTimeout;

    DirectFetcher(CrawlSettings settings, String userAgent) {
        this.userAgent = userAgent;
        this.readTimeout = Duration.ofMillis(settings.readTimeoutMillis());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(settings.connectTimeoutMillis()))
                .sslContext(trustingEveryCertificate())
                .build();
    }

    Response get(URI uri, int maxBytes) throws IOException, InterruptedException {
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

    private static SSLContext trustingEveryCertificate() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

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
