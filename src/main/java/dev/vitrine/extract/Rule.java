package dev.vitrine.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One regular expression of a fingerprint, with a literal it cannot match without (its
 * "needle"): {@code googletagmanager\.com/gtag/js\?id=G-} needs {@code googletagmanager.com/gtag/js?id=g-}.
 * Most inputs are turned down by a {@code String.contains} on the needle, which is much
 * cheaper than running the matcher; the matcher runs only on the few inputs that hold it.
 *
 * <p>Immutable and thread-safe: a {@link Matcher} is made per call.
 *
 * @param source          the expression as written in technologies.yaml
 * @param needle          a literal every match contains (lower-case when {@code caseInsensitive}), or null
 * @param caseInsensitive true for URL and header rules, compiled with {@link Pattern#CASE_INSENSITIVE}
 */
record Rule(String source, Pattern pattern, String needle, boolean caseInsensitive) {

    /** Shortest needle worth checking: a shorter one turns down too few inputs to pay for itself. */
    private static final int MIN_NEEDLE = 3;

    /** @throws java.util.regex.PatternSyntaxException when {@code regex} does not compile */
    static Rule compile(String regex, boolean caseInsensitive) {
        Pattern pattern = Pattern.compile(regex, caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
        String needle = requiredLiteral(regex);
        if (needle != null && caseInsensitive) {
            needle = needle.toLowerCase(Locale.ROOT);
        }
        return new Rule(regex, pattern, needle, caseInsensitive);
    }

    /**
     * The matched text, or null. {@code lower} is {@code text} in lower case (ROOT locale) for a
     * case-insensitive rule, {@code text} itself otherwise: callers lower-case an input once for
     * all the rules they try on it.
     */
    String find(String text, String lower) {
        if (needle != null && !(caseInsensitive ? lower : text).contains(needle)) {
            return null;
        }
        return regex(text);
    }

    /** The first match of the regex in {@code text}, or null; no needle check. */
    String regex(String text) {
        try {
            Matcher m = pattern.matcher(text);
            return m.find() ? m.group() : null;
        } catch (StackOverflowError e) {
            return null; // a pathological input for this expression: no match rather than no page
        }
    }

    /**
     * The longest run of literal characters that every match of {@code regex} contains, or
     * null when none is at least {@value #MIN_NEEDLE} long or the expression is beyond this
     * simple reading (top-level alternation, inline flags, quoting, numeric escapes). Only
     * top-level atoms count: groups and character classes end a run, an optional or repeated
     * character ends it too (a {@code +} character is kept, then ends it).
     */
    static String requiredLiteral(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            int next;
            int literal = -1; // the character this atom stands for, or -1 when it is not one character
            if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char e = regex.charAt(i + 1);
                if (Character.isDigit(e) || "QxupPNkcE".indexOf(e) >= 0) {
                    return null;
                }
                literal = Character.isLetter(e) ? -1 : e;
                next = i + 2;
            } else if (c == '[') {
                next = skipClass(regex, i);
            } else if (c == '(') {
                if (regex.startsWith("(?", i) && i + 2 < n && ":=!<>".indexOf(regex.charAt(i + 2)) < 0) {
                    return null; // inline flags change how the rest reads
                }
                next = skipGroup(regex, i);
            } else if (c == '|' || c == ')' || c == '?' || c == '*' || c == '+' || c == '{') {
                return null;
            } else if (c == '.' || c == '^' || c == '$') {
                next = i + 1;
            } else {
                literal = c;
                next = i + 1;
            }
            if (next < 0) {
                return null;
            }
            char q = next < n ? regex.charAt(next) : 0;
            if (q == '?' || q == '*' || q == '+' || q == '{') {
                if (literal >= 0 && q == '+') {
                    run.append((char) literal);
                }
                best = longer(best, run);
                run.setLength(0);
                next = skipQuantifier(regex, next);
                if (next < 0) {
                    return null;
                }
            } else if (literal >= 0) {
                run.append((char) literal);
            } else {
                best = longer(best, run);
                run.setLength(0);
            }
            i = next;
        }
        best = longer(best, run);
        return best.length() >= MIN_NEEDLE ? best : null;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** Index after the character class opening at {@code at}, or -1 when it does not close. */
    private static int skipClass(String regex, int at) {
        int depth = 0;
        int i = at;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is a literal
                }
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** Index after the group opening at {@code at}, or -1 when it does not close. */
    private static int skipGroup(String regex, int at) {
        int depth = 0;
        int i = at;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = skipClass(regex, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** Index after the quantifier at {@code at} and its lazy or possessive mark, or -1. */
    private static int skipQuantifier(String regex, int at) {
        int i = at;
        if (regex.charAt(i) == '{') {
            i = regex.indexOf('}', i);
            if (i < 0) {
                return -1;
            }
        }
        i++;
        if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++;
        }
        return i;
    }
}
