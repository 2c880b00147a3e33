package dev.vitrine.site;

import dev.vitrine.site.ReportModel.SafeLink;
import java.util.Locale;

/**
 * Text from the audited site on its way into the report: bounded in length, and links kept
 * as links only when they are plain http(s) URLs. Escaping is the templates' job
 * ({@code th:text}); this class only decides what is shown and what may be an {@code href}.
 */
final class Texts {

    /** Longest URL, title or value shown; longer ones end with "…". */
    static final int SHORT = 200;
    static final int LONG = 400;
    /** Longest URL kept as an href: anything longer is shown as text only. */
    static final int MAX_HREF = 2000;

    private Texts() {}

    /** {@code text} cut to {@code max} characters (code points) ending with "…"; null stays null. */
    static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = withoutControls(text);
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, Math.max(0, max - 1));
        return clean.substring(0, end) + "…";
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * A link found on the audited site: its text (bounded), and an href only for an
     * {@code http://} or {@code https://} URL without spaces or control characters.
     * {@code javascript:}, {@code data:}, {@code vbscript:}, relative and odd URLs get no href.
     */
    static SafeLink link(String url) {
        return link(url, url);
    }

    static SafeLink link(String text, String url) {
        return new SafeLink(truncate(orEmpty(text), SHORT), href(url));
    }

    /** {@code url} when it is safe as an href (see {@link #link}), else null. */
    static String href(String url) {
        if (url == null || url.length() > MAX_HREF) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || lower.length() <= lower.indexOf("//") + 2) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return null;
            }
        }
        return url;
    }

    /** Control characters (newlines included) become spaces: crawled text is shown on one line. */
    private static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A safe file-name part from an id of the checklist: lower-case letters, digits and dashes. */
    static String slug(String id) {
        String s = orEmpty(id).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return s.isEmpty() ? "x" : s;
    }
}
