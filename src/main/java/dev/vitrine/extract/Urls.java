package dev.vitrine.extract;

import dev.vitrine.model.SiteScope;
import java.io.ByteArrayOutputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
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
        String abs = element.absUrl(attribute);
        return Texts.cut(withoutFragment(abs.isEmpty() ? raw : abs), Limits.URL);
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
        UrlParts parts = UrlParts.parse(href);
        if (parts == null || !href.regionMatches(true, 0, parts.scheme() + ":", 0, parts.scheme().length() + 1)) {
            return false; // no scheme written: a relative path that merely looks like a host
        }
        try {
            return scope.contains(new URI(parts.scheme(), null, parts.host(), parts.port(), null, null, null));
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
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
