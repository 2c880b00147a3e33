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

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Lower-case, accents removed: "Mentions légales" matches "mentions legales". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        // Called for every link of every page by several criteria: plain ASCII (most URLs
        // and many texts) needs no Unicode decomposition, only lower case.
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Folded checklist words and patterns: few, fixed, and asked for on every link. */
    private static final java.util.Map<String, String> FOLDED_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String foldWord(String word) {
        return FOLDED_WORDS.size() > 10_000 ? fold(word) : FOLDED_WORDS.computeIfAbsent(word, Pages::fold);
    }

    /** True when {@code text} (folded) contains one of the (folded) {@code words}. */
    static boolean containsAny(String text, List<String> words) {
        String folded = fold(text);
        for (String w : words) {
            if (!w.isEmpty() && folded.contains(foldWord(w))) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code patterns} found in the URL's path, or null. */
    static String matchingPattern(String url, List<String> patterns) {
        String path = path(url);
        for (String p : patterns) {
            if (!p.isEmpty() && path.contains(foldWord(p))) {
                return p;
            }
        }
        return null;
    }
}
