package dev.vitrine.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two changes publishing makes to a report page as it copies it, and nothing else (the
 * rest of the bytes stay as rendered): with {@code --indexable} the robots meta tag is
 * removed, so search engines may index the page; with {@code --base-url} a canonical link
 * to the page's absolute address is added at the end of its head.
 */
final class PublishedHtml {

    private static final Pattern ROBOTS_META = Pattern.compile(
            "[ \\t]*<meta\\s+name\\s*=\\s*([\"']?)robots\\1(?=[\\s/>])[^>]*>[ \\t]*\\R?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

    private PublishedHtml() {}

    /**
     * @param html      a page as rendered
     * @param indexable true to remove its robots meta tag(s)
     * @param canonical the page's absolute address, or null for no canonical link
     */
    static String rewrite(String html, boolean indexable, String canonical) {
        String page = indexable ? ROBOTS_META.matcher(html).replaceAll("") : html;
        if (canonical != null) {
            Matcher end = HEAD_END.matcher(page);
            if (end.find()) {
                page = page.substring(0, end.start()) + "<link rel=\"canonical\" href=\"" + attribute(canonical) + "\">\n"
                        + page.substring(end.start());
            }
        }
        return page;
    }

    /** True when copying needs to read and change the page at all. */
    static boolean changes(boolean indexable, boolean canonical) {
        return indexable || canonical;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
