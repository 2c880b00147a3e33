package dev.vitrine.extract;

import dev.vitrine.model.SiteScope;
import java.io.ByteArrayOutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;

/** URL helpers that never throw: a malformed URL on a page is kept as written, not an error. */
final class Urls {

    private Urls() {}

    /**
     * The absolute form of {@code element}'s attribute, without fragment, bounded; the raw
     * value when jsoup cannot resolve it; null when the attribute is missing or blank.
     */
    static String absolute(Element element, String attribute) {
        String raw = element.attr(attribute).strip();
        if (raw.isEmpty()) {
            return null;
        }
        String abs = absUrl(element, attribute, raw);
        return Texts.cut(withoutFragment(abs.isEmpty() ? raw : abs), Limits.URL);
    }

    /**
     * jsoup's {@code absUrl}, with a shortcut for the two forms nearly every link has: an
     * absolute http(s) URL, or a root-relative path. For those, when they hold only plain
     * URL characters and no dot segment, resolution is a string concatenation; jsoup goes
     * through {@code java.net.URL} for every link, which was the largest cost of extraction
     * on a 20,000-page crawl. Anything else still goes to jsoup.
     */
    static String absUrl(Element element, String attribute, String raw) {
        if (isPlain(raw)) {
            if (raw.startsWith("http://") || raw.startsWith("https://")) {
                return raw;
            }
            if (raw.startsWith("/") && !raw.startsWith("//")) {
                String origin = originOf(element.baseUri());
                if (origin != null) {
                    return origin + raw;
                }
            }
        }
        return element.absUrl(attribute);
    }

    /** Only unreserved and reserved URL characters, no dot segment: nothing to encode or normalise. */
    private static boolean isPlain(String raw) {
        if (raw.contains("/.")) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code scheme://authority} of an absolute http(s) base URL, or null. */
    private static String originOf(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
            return null;
        }
        int authorityStart = base.indexOf("://") + 3;
        int end = authorityStart;
        while (end < base.length() && "/?#".indexOf(base.charAt(end)) < 0) {
            end++;
        }
        return end > authorityStart ? base.substring(0, end) : null;
    }

    /** {@code relative} resolved against {@code base} (for URLs that are not a whole attribute, like srcset). */
    static String resolve(String base, String relative) {
        try {
            return Texts.cut(withoutFragment(new URL(new URL(base), relative).toExternalForm()), Limits.URL);
        } catch (MalformedURLException | RuntimeException e) {
            return Texts.cut(relative, Limits.URL);
        }
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** True when {@code href} is an http(s) URL of the audited site, by the scope's rules. */
    static boolean isInternal(SiteScope scope, String href) {
        // The scope wants "scheme://host": a relative path that merely looks like a host is not internal.
        return href != null && scope.contains(href);
    }

    /**
     * Percent-decodes {@code s} as UTF-8. Unlike {@code URLDecoder}, a {@code +} stays a plus
     * (phone numbers: {@code tel:+33...}) and a broken escape is kept as written.
     */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int hi = c == '%' && i + 2 < s.length() ? hex(s.charAt(i + 1)) : -1;
            int lo = hi >= 0 ? hex(s.charAt(i + 2)) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
