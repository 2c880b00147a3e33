package dev.vitrine.extract;

import java.util.Locale;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A CSS selector of a fingerprint ({@code div.trustpilot-widget}, {@code html[data-wf-site]}),
 * tested on each element as the page is walked, never by a query of its own.
 *
 * <p>Only a compound selector is allowed: a tag, {@code #id}, {@code .class} and
 * {@code [attribute]} conditions, without combinators, commas or pseudo-classes. That keeps
 * the test of one element cheap and free of state: jsoup's structural evaluators (descendant,
 * {@code :has}) keep per-thread memos of the elements they saw. Each marker is filed under the
 * most selective thing it names, so that an element is tested only against the markers that
 * could match it: its id, else a class, else its tag, else an attribute name.
 *
 * @param selector the selector as written in technologies.yaml, quoted in evidence
 * @param kind     what {@code key} is
 * @param key      the id, class, tag (lower-case) or attribute name (lower-case) it is filed under
 */
record Marker(String selector, Evaluator evaluator, Kind kind, String key) {

    enum Kind { ID, CLASS, TAG, ATTRIBUTE }

    /** @throws IllegalArgumentException naming what is wrong with {@code selector} */
    static Marker parse(String selector) {
        String s = selector.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty selector");
        }
        String unsupported = unsupported(s);
        if (unsupported != null) {
            throw new IllegalArgumentException("'" + selector + "' has " + unsupported
                    + "; a marker is one compound selector: tag, #id, .class and [attribute] conditions");
        }
        Evaluator evaluator;
        try {
            evaluator = QueryParser.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + selector + "' is not a valid selector: " + e.getMessage(), e);
        }
        String id = null;
        String cls = null;
        String tag = null;
        String attribute = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                int end = bracketEnd(s, i);
                if (attribute == null) {
                    attribute = attributeName(s.substring(i + 1, end - 1), selector);
                }
                i = end;
            } else {
                int end = nameEnd(s, c == '#' || c == '.' ? i + 1 : i);
                String name = s.substring(c == '#' || c == '.' ? i + 1 : i, end);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("'" + selector + "' has an empty name at " + i);
                }
                if (c == '#' && id == null) {
                    id = name;
                } else if (c == '.' && cls == null) {
                    cls = name;
                } else if (i == 0) {
                    tag = name.toLowerCase(Locale.ROOT);
                }
                i = end;
            }
        }
        if (id != null) {
            return new Marker(selector, evaluator, Kind.ID, id);
        } else if (cls != null) {
            return new Marker(selector, evaluator, Kind.CLASS, cls);
        } else if (tag != null) {
            return new Marker(selector, evaluator, Kind.TAG, tag);
        }
        return new Marker(selector, evaluator, Kind.ATTRIBUTE, attribute);
    }

    /** What the selector holds that a marker may not, outside brackets and quotes; null when nothing. */
    private static String unsupported(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                int end = bracketEnd(s, i);
                if (end < 0) {
                    return "an unclosed '['";
                }
                i = end;
                continue;
            }
            if (Character.isWhitespace(c) || c == '>' || c == '+' || c == '~') {
                return "a combinator";
            }
            if (c == ',') {
                return "a comma (write one marker per selector)";
            }
            if (c == ':' || c == '(' || c == '|' || c == '*') {
                return "'" + c + "' (pseudo-classes, namespaces and * are not supported)";
            }
            i++;
        }
        return null;
    }

    /** Index after the ']' closing the bracket at {@code at}, skipping quoted values; -1 when unclosed. */
    private static int bracketEnd(String s, int at) {
        char quote = 0;
        for (int i = at + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length() && "#.[".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static String attributeName(String condition, String selector) {
        int end = 0;
        while (end < condition.length() && "=~^$*|!".indexOf(condition.charAt(end)) < 0) {
            end++;
        }
        String name = condition.substring(0, end).strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'" + selector + "' has an attribute condition without a name");
        }
        return name;
    }
}
