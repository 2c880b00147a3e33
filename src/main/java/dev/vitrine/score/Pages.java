package dev.vitrine.score;

import dev.vitrine.model.PageFacts;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Small shared readings of page facts. */
final class Pages {

    private Pages() {}

    /** An HTML page that answered 2xx: what share-of-pages checks count. */
    static boolean isContent(PageFacts p) {
        return p.isHtml() && p.status() >= 200 && p.status() < 300;
    }

    /** The home page and the pages one click away from it. */
    static boolean isKey(PageFacts p) {
        return p.depth() == 0 || p.depth() == 1;
    }

    static boolean isHome(PageFacts p) {
        return p.depth() == 0;
    }

    /** The path of a URL ("/" when it has none), lower-case, for pattern matching. */
    static String path(String url) {
        if (url == null) {
            return "";
        }
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "/";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, start);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return url.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Lower-case, accents removed: "Mentions légales" matches "mentions legales". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** True when {@code text} (folded) contains one of the (folded) {@code words}. */
    static boolean containsAny(String text, List<String> words) {
        String folded = fold(text);
        for (String w : words) {
            if (!w.isEmpty() && folded.contains(fold(w))) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code patterns} found in the URL's path, or null. */
    static String matchingPattern(String url, List<String> patterns) {
        String path = path(url);
        for (String p : patterns) {
            if (!p.isEmpty() && path.contains(fold(p))) {
                return p;
            }
        }
        return null;
    }
}
