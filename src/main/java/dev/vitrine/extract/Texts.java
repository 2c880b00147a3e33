package dev.vitrine.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounded, whitespace-collapsed strings. Every string the extractor keeps goes through here,
 * and none of these methods reads more of its input than it needs: a 5 MB title costs the
 * first few thousand characters, not a 5 MB copy.
 */
final class Texts {

    private Texts() {}

    /** {@code raw} trimmed, runs of whitespace collapsed to one space, cut at {@code max}; null stays null. */
    static String clean(String raw, int max) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), max + 1));
        appendCollapsed(out, raw, max);
        return finish(out, max);
    }

    /** Like {@link #clean} and lower-case (ROOT locale), for tokens such as rel or method values. */
    static String cleanLower(String raw, int max) {
        String s = clean(raw, max);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Cut at {@code max} without collapsing (URLs), never splitting a surrogate pair. */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /**
     * The visible text of {@code element}, as jsoup's {@code text()} would give it (block
     * elements and {@code <br>} separate words), but collected only up to {@code max} chars.
     */
    static String of(Element element, int max) {
        BoundedTextFilter filter = new BoundedTextFilter(max);
        NodeTraversor.filter(filter, element);
        return finish(filter.out, max);
    }

    static boolean isSpace(char c) {
        if (c < 128) {
            return c <= ' ' || c == 127; // ASCII: space and controls, same answer, no table lookups
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** Appends {@code raw} with whitespace collapsed, stopping once {@code out} holds more than {@code max} chars. */
    static void appendCollapsed(StringBuilder out, CharSequence raw, int max) {
        int n = raw.length();
        for (int i = 0; i < n && out.length() <= max; i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                separate(out);
            } else {
                out.append(c);
            }
        }
    }

    /** Adds one separating space, unless {@code out} is empty or already ends with one. */
    static void separate(StringBuilder out) {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != ' ') {
            out.append(' ');
        }
    }

    private static String finish(StringBuilder out, int max) {
        String s = cut(out.toString(), max);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Collects text nodes until the builder is full, then stops the traversal. */
    private static final class BoundedTextFilter implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        private final int max;

        BoundedTextFilter(int max) {
            this.max = max;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendCollapsed(out, text.getWholeText(), max);
            } else if (node instanceof Element el && separatesWords(el)) {
                separate(out);
            }
            return out.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && separatesWords(el)) {
                separate(out);
            }
            return FilterResult.CONTINUE;
        }
    }

    /** Block elements and line breaks end a word, inline elements ({@code <b>}, {@code <a>}) do not. */
    static boolean separatesWords(Element el) {
        return el.isBlock() || el.nameIs("br");
    }
}
