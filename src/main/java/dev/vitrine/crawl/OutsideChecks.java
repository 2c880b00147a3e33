package dev.vitrine.crawl;

import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.SiteScope;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * The requests made beside the crawl so that the checks stay pure functions of the
 * snapshot: the plain-http home, security.txt, llms.txt, the home page's off-site
 * stylesheets and the HTTP version of the home. About fifteen requests at most, one at a
 * time, after the crawl.
 *
 * <p>robots.txt is not asked: security.txt and llms.txt are files put there for machines
 * to read, the home page was already fetched, and each of these is one request, as a
 * browser opening the home page would make them. Everything read is untrusted: bodies are
 * bounded, and a failing request is recorded with its {@code error}, never thrown.
 */
final class OutsideChecks {

    static final int TEXT_BYTES = 64 * 1024;
    static final int CSS_BYTES = 512 * 1024;
    static final int MAX_STYLESHEETS = 10;
    private static final int MAX_REDIRECTS = 5;
    private static final int REDIRECT_BODY_BYTES = 8 * 1024;
    private static final int MAX_HEADER_VALUE = 2_048;

    /** Where a redirect leads, for "does the site send plain-http visitors to https?". */
    enum RedirectKind { HTTPS_ON_SITE, HTTP_ON_SITE, ELSEWHERE, NONE }

    private OutsideChecks() {}

    /**
     * @param start           the URL the audit was given
     * @param home            the home page, after the redirects from {@code start}
     * @param homeStylesheets the stylesheets the home page links (its facts), on-site or not
     */
    static CrawlSummary.Outside gather(DirectFetcher http, URI start, URI home, SiteScope scope,
                                       List<String> homeStylesheets) throws InterruptedException {
        DirectFetcher.Protocol protocol = protocol(http, home);
        return new CrawlSummary.Outside(
                httpHome(http, httpHomeUrl(start, home), scope),
                securityTxt(http, home),
                textFile(http, home.resolve("/llms.txt")),
                stylesheets(http, homeStylesheets, scope),
                protocol == null ? null : protocol.version(),
                protocol == null ? null : protocol.altSvc());
    }

    /**
     * The home a plain-http visitor asks for: the home itself when it is served over http;
     * the same host over http (port 80) when it is https on the standard port. An https home
     * on another port (a local test server) has no standard http twin: the start URL stands
     * for it when it was http.
     */
    static URI httpHomeUrl(URI start, URI home) {
        if ("http".equalsIgnoreCase(home.getScheme())) {
            return home;
        }
        int port = home.getPort();
        if (port != -1 && port != 443) {
            if ("http".equalsIgnoreCase(start.getScheme())) {
                return start;
            }
        } else {
            port = -1;
        }
        try {
            return new URI("http", null, home.getHost(), port, "/", null, null);
        } catch (URISyntaxException e) {
            return URI.create("http://" + home.getRawAuthority() + "/");
        }
    }

    static CrawlSummary.HttpHome httpHome(DirectFetcher http, URI url, SiteScope scope) throws InterruptedException {
        DirectFetcher.Response first;
        try {
            first = http.get(url, REDIRECT_BODY_BYTES);
        } catch (IOException | RuntimeException e) {
            return new CrawlSummary.HttpHome(url.toString(), 0, null, false, describe(e));
        }
        String location = first.location().map(l -> {
            URI next = resolveHttp(url, l);
            return bounded(next == null ? l : next.toString());
        }).orElse(null);
        return new CrawlSummary.HttpHome(url.toString(), first.status(), location,
                leadsToHttps(http, first, scope), null);
    }

    /**
     * True when {@code response} redirects to https on the site, directly or through other
     * redirects on the site over http (http://site → http://www.site → https://www.site).
     */
    private static boolean leadsToHttps(DirectFetcher http, DirectFetcher.Response response, SiteScope scope)
            throws InterruptedException {
        DirectFetcher.Response current = response;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            String location = current.location().orElse(null);
            switch (classify(current.uri(), current.status(), location, scope)) {
                case HTTPS_ON_SITE:
                    return true;
                case HTTP_ON_SITE:
                    try {
                        current = http.get(resolveHttp(current.uri(), location), REDIRECT_BODY_BYTES);
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
        }
        return false;
    }

    /** Where a response to {@code base} sends the visitor: a 3xx with a Location to https or http on the site, or not. */
    static RedirectKind classify(URI base, int status, String location, SiteScope scope) {
        if (status < 300 || status >= 400 || location == null || location.isBlank()) {
            return RedirectKind.NONE;
        }
        URI next = resolveHttp(base, location);
        if (next == null || !scope.contains(next)) {
            return RedirectKind.ELSEWHERE;
        }
        return "https".equalsIgnoreCase(next.getScheme()) ? RedirectKind.HTTPS_ON_SITE : RedirectKind.HTTP_ON_SITE;
    }

    /** security.txt at its RFC 9116 place, else at the site's root, where older sites put it. */
    static CrawlSummary.TextFile securityTxt(DirectFetcher http, URI home) throws InterruptedException {
        CrawlSummary.TextFile wellKnown = textFile(http, home.resolve("/.well-known/security.txt"));
        if (wellKnown.status() != 404) {
            return wellKnown;
        }
        CrawlSummary.TextFile root = textFile(http, home.resolve("/security.txt"));
        return root.content() != null ? root : wellKnown;
    }

    /** A small text file, redirects followed; its content only when it is a 200 text answer. */
    static CrawlSummary.TextFile textFile(DirectFetcher http, URI url) throws InterruptedException {
        DirectFetcher.Response response;
        try {
            response = follow(http, url, TEXT_BYTES);
        } catch (IOException | RuntimeException e) {
            return new CrawlSummary.TextFile(url.toString(), 0, null, null, false, describe(e));
        }
        String answered = response.uri().toString();
        String contentType = response.contentType() == null ? null : bounded(response.contentType());
        if (response.status() != 200) {
            return new CrawlSummary.TextFile(answered, response.status(), contentType, null, false, null);
        }
        String text = decode(response.body(), contentType);
        if (!isText(contentType, text)) {
            return new CrawlSummary.TextFile(answered, 200, contentType, null, false, "not a text file");
        }
        return new CrawlSummary.TextFile(answered, 200, contentType, text, response.truncated(), null);
    }

    /** The home page's stylesheets that are off the site (at most ten), each read to count its @media rules. */
    static List<CrawlSummary.Stylesheet> stylesheets(DirectFetcher http, List<String> hrefs, SiteScope scope)
            throws InterruptedException {
        Set<URI> offSite = new LinkedHashSet<>();
        for (String href : hrefs == null ? List.<String>of() : hrefs) {
            URI url = href == null ? null : parseHttp(href.trim());
            if (url != null && !scope.contains(url)) {
                offSite.add(url);
                if (offSite.size() == MAX_STYLESHEETS) {
                    break;
                }
            }
        }
        List<CrawlSummary.Stylesheet> result = new ArrayList<>();
        for (URI url : offSite) {
            result.add(stylesheet(http, url));
        }
        return List.copyOf(result);
    }

    private static CrawlSummary.Stylesheet stylesheet(DirectFetcher http, URI url) throws InterruptedException {
        DirectFetcher.Response response;
        try {
            response = follow(http, url, CSS_BYTES);
        } catch (IOException | RuntimeException e) {
            return new CrawlSummary.Stylesheet(url.toString(), 0, 0, 0, describe(e));
        }
        if (response.status() != 200) {
            return new CrawlSummary.Stylesheet(url.toString(), response.status(), 0, 0, null);
        }
        String css = decode(response.body(), response.contentType());
        String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || startsWithTag(css)) {
            return new CrawlSummary.Stylesheet(url.toString(), 200, response.body().length, 0, "not a stylesheet");
        }
        return new CrawlSummary.Stylesheet(url.toString(), 200, response.body().length, MediaQueries.count(css), null);
    }

    /** The HTTP version of an https home, as a client preferring HTTP/2 gets it; null for http or on any failure. */
    static DirectFetcher.Protocol protocol(DirectFetcher http, URI home) throws InterruptedException {
        if (!"https".equalsIgnoreCase(home.getScheme())) {
            return null;
        }
        try {
            return http.protocol(home);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** GET, following up to five redirects to http(s) URLs; the last response (perhaps still a redirect). */
    private static DirectFetcher.Response follow(DirectFetcher http, URI url, int maxBytes)
            throws IOException, InterruptedException {
        DirectFetcher.Response response = http.get(url, maxBytes);
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            int status = response.status();
            String location = response.location().orElse(null);
            URI next = status >= 300 && status < 400 && location != null ? resolveHttp(response.uri(), location) : null;
            if (next == null) {
                return response;
            }
            response = http.get(next, maxBytes);
        }
        return response;
    }

    /** {@code location} resolved against {@code base}, when it is an http(s) URL with a host; else null. */
    static URI resolveHttp(URI base, String location) {
        try {
            URI next = base.resolve(location.trim());
            return isHttp(next) ? next : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static URI parseHttp(String url) {
        try {
            URI uri = new URI(url);
            return isHttp(uri) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /** Text, not an HTML page served in its place (a "soft 404") nor a binary. */
    static boolean isText(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return !type.contains("html") && !startsWithTag(body) && body.indexOf('\u0000') < 0;
    }

    /** The first character after any byte-order mark and white space is {@code <}. */
    private static boolean startsWithTag(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    private static String decode(byte[] body, String contentType) {
        Charset charset = FetchFacts.charsetOf(contentType);
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static String bounded(String value) {
        return value.length() <= MAX_HEADER_VALUE ? value : value.substring(0, MAX_HEADER_VALUE);
    }

    /** One sentence for a request that got no response. */
    static String describe(Exception e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "the connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no response before the read timeout";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        if (e instanceof ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed (" + e.getMessage() + ")";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : bounded(message);
    }
}
