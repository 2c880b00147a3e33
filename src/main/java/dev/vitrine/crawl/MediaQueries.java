package dev.vitrine.crawl;

/**
 * Counts the {@code @media} rules of a stylesheet: the sign of responsive styles. Rules
 * inside comments and quoted strings do not count; nested rules count each. A plain scan,
 * not a CSS parser: stylesheets are untrusted and may be malformed.
 */
final class MediaQueries {

    private static final String AT_MEDIA = "@media";

    private MediaQueries() {}

    static int count(String css) {
        if (css == null) {
            return 0;
        }
        int count = 0;
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = endOfString(css, i, c);
            } else if (c == '\\') {
                i += 2; // an escaped character is never the start of a rule
            } else if (c == '@' && isAtMedia(css, i)) {
                count++;
                i += AT_MEDIA.length();
            } else {
                i++;
            }
        }
        return count;
    }

    /** Index after a string opened at {@code start}; an unclosed string ends at the line's end (CSS syntax). */
    private static int endOfString(String css, int start, char quote) {
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r' || c == '\f') {
                return i;
            } else {
                i++;
            }
        }
        return css.length();
    }

    /** {@code @media} (ASCII case-insensitive, as CSS at-rules are) not followed by more of a name. */
    private static boolean isAtMedia(String css, int at) {
        if (!css.regionMatches(true, at, AT_MEDIA, 0, AT_MEDIA.length())) {
            return false;
        }
        int after = at + AT_MEDIA.length();
        if (after >= css.length()) {
            return true;
        }
        char next = css.charAt(after);
        return !(Character.isLetterOrDigit(next) || next == '-' || next == '_' || next > 0x7F);
    }
}
