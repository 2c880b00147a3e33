package dev.vitrine.offsite;

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
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Single GET requests to other sites (social profiles, backlink sources, their robots.txt):
 * one at a time, redirects NOT followed (callers record and follow them), bodies read up to
 * a limit. Certificates are not checked: reading a partner page whose certificate expired
 * is still worth it, and nothing secret is sent.
 *
 * <p>{@code route} maps the URL asked for to the URL actually requested. It is the identity
 * in production; tests route {@code https://www.facebook.com/acme} to a WireMock server on
 * 127.0.0.1 so that no test leaves the machine. Responses report the URL asked for, never
 * the routed one.
 */
final class WebFetcher {

    /**
     * One response.
     *
     * @param url       the URL asked for (before routing)
     * @param location  the {@code Location} header, as sent (may be relative)
     * @param truncated true when the body was longer than the limit
     */
    record Response(URI url, int status, String contentType, Optional<String> location, byte[] body,
                    boolean truncated) {
        boolean isRedirect() {
            return status >= 300 && status < 400 && location.isPresent();
        }

        boolean isHtml() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        }
    }

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final UnaryOperator<URI> route;

    WebFetcher(String userAgent, Duration timeout, UnaryOperator<URI> route) {
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.route = route == null ? UnaryOperator.identity() : route;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .sslContext(trustingEveryCertificate())
                .build();
    }

    WebFetcher(String userAgent) {
        this(userAgent, DEFAULT_TIMEOUT, UnaryOperator.identity());
    }

    /** GETs {@code url} (http or https only) and reads at most {@code maxBytes} of the body. */
    Response get(URI url, int maxBytes) throws IOException, InterruptedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("not an http(s) URL: " + url);
        }
        URI routed = route.apply(url);
        NetworkPolicy.check(routed);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(routed)
                    .timeout(timeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot request " + url + ": " + e.getMessage(), e);
        }
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(maxBytes);
            boolean truncated = in.read() != -1;
            return new Response(url, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location"), body, truncated);
        }
    }

    private static SSLContext trustingEveryCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingEveryCertificate()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS support in this Java runtime", e);
        }
    }

    private static final class TrustingEveryCertificate extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
