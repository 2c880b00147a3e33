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
 * {@code :has}) keep per-thread memos of the elements they saw. {@link MarkerIndex} files each
 * marker by its tag, then by its id or first class, so that an element is tested only against
 * the markers that could match it.
 *
 * <p>A marker with an attribute value condition ({@code iframe[src*=calendly.com/]}) also has a
 * cheap pre-test: the attribute's value, lower-cased once per element for all the markers on
 * that attribute, must contain the condition's value. Only then does jsoup's evaluator run
 * (it would lower-case the value again for each marker).
 *
 * @param selector  the selector as written in technologies.yaml, quoted in evidence
 * @param tag       the lower-case tag name it starts with, or null
 * @param id        the id it names, or null
 * @param cls       the first class it names, lower-case, or null
 * @param attribute the lower-case attribute name of the first value condition, or null
 * @param contains  the lower-case value of that condition, which the attribute must contain; null with it
 */
record Marker(String selector, Evaluator evaluator, String tag, String id, String cls, String attribute,
        String contains) {

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
        String[] valueCondition = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                int end = bracketEnd(s, i);
                String condition = s.substring(i + 1, end - 1);
                attributeName(condition, selector);
                if (valueCondition == null) {
                    valueCondition = valueCondition(condition);
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
                    cls = name.toLowerCase(Locale.ROOT);
                } else if (i == 0) {
                    tag = name.toLowerCase(Locale.ROOT);
                }
                i = end;
            }
        }
        return new Marker(selector, evaluator, tag, id, cls, valueCondition == null ? null : valueCondition[0],
                valueCondition == null ? null : valueCondition[1]);
    }

    /**
     * {@code src*=calendly.com/} → [src, calendly.com/]: the attribute and the lower-case value
     * a match must contain, for the conditions jsoup compares without regard to case
     * ({@code =}, {@code ^=}, {@code $=}, {@code *=}); null for the others.
     */
    private static String[] valueCondition(String condition) {
        for (String op : new String[] {"*=", "^=", "$=", "="}) {
            int at = condition.indexOf(op);
            if (at > 0 && (op.length() == 2 || "~!*^$|".indexOf(condition.charAt(at - 1)) < 0)) {
                String name = condition.substring(0, at).strip().toLowerCase(Locale.ROOT);
                String value = unquote(condition.substring(at + op.length()).strip()).toLowerCase(Locale.ROOT);
                return value.isEmpty() ? null : new String[] {name, value};
            }
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
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
