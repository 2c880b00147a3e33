package dev.vitrine.crawl;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts.Redirect;
import edu.uci.ics.crawler4j.crawler.Page;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.core5.http.Header;

/** The HTTP facts of a crawler4j {@link Page}: headers, content type, charset, timing. */
final class FetchFacts {

    private static final int MAX_HEADERS = 64;
    private static final int MAX_HEADER_VALUE = 2_048;

    private FetchFacts() {}

    static FetchedPage of(Page page, RedirectChains.Chain chain, int depth, String charset) {
        String url = page.getWebURL().getURL();
        byte[] body = page.getContentData();
        return new FetchedPage(
                chain == null ? url : chain.origin(),
                url,
                chain == null ? List.of() : chain.hops(),
                page.getStatusCode(),
                page.getContentType(),
                body == null ? 0 : body.length,
                TimedPageFetcher.lastResponseMillis(),
                chain == null ? depth : chain.depth(),
                headers(page.getFetchResponseHeaders(), TimedPageFetcher.lastContentEncoding()),
                charset);
    }

    /**
     * Response headers with lower-case names. Repeated headers are joined with ", ";
     * {@code set-cookie} keeps only the cookie names (values may be session secrets).
     * {@code contentEncoding} restores the header HttpClient removed when decompressing.
     */
    static Map<String, String> headers(Header[] raw, String contentEncoding) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (raw != null) {
            for (Header h : raw) {
                if (headers.size() >= MAX_HEADERS) {
                    break;
                }
                String name = h.getName().toLowerCase(Locale.ROOT);
                String value = name.equals("set-cookie") ? cookieName(h.getValue()) : h.getValue();
                headers.merge(name, bounded(value), (a, b) -> bounded(a + ", " + b));
            }
        }
        if (contentEncoding != null) {
            headers.putIfAbsent("content-encoding", bounded(contentEncoding));
        }
        return headers;
    }

    private static String cookieName(String setCookie) {
        int eq = setCookie.indexOf('=');
        return (eq < 0 ? setCookie : setCookie.substring(0, eq)).trim();
    }

    private static String bounded(String value) {
        String v = value == null ? "" : value;
        return v.length() <= MAX_HEADER_VALUE ? v : v.substring(0, MAX_HEADER_VALUE);
    }

    /** The charset named in a Content-Type header, or null when absent or unknown. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).trim().replace("\"", "").replace("'", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** HTML by its declared type; a response without a type is sniffed from its first bytes. */
    static boolean isHtml(String contentType, byte[] body) {
        if (contentType != null && !contentType.isBlank()) {
            String t = contentType.toLowerCase(Locale.ROOT);
            return t.contains("text/html") || t.contains("application/xhtml");
        }
        if (body == null) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static Redirect hop(String from, int status, String to) {
        return new Redirect(from, status, to);
    }
}
