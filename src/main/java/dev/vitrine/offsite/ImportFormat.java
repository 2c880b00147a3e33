package dev.vitrine.offsite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The backlink exports Vitrine reads, each recognised by its header row. Header names are
 * compared without case, spaces, underscores or punctuation, so "Referring page URL",
 * "referring_page_url" and "FlagNoFollow" / "Flag No Follow" read alike.
 *
 * <p>Column names as the tools write them (see src/test/resources/README.md for sources):
 * <ul>
 * <li>Search Console, Links report, "Top linking sites": {@code Site, Linking pages, Target pages}</li>
 * <li>Search Console, "Latest links" (and "Sample links"): {@code Linking page, Last crawled}</li>
 * <li>Ahrefs Site Explorer, Backlinks: {@code Referring page title, Referring page URL, …, Target URL,
 *     Left context, Anchor, Right context, Type, Content, Nofollow, UGC, Sponsored, …}; the older
 *     export wrote {@code Referring Page URL, Link URL, Link Anchor, Type}</li>
 * <li>Majestic, backlinks download: {@code Target URL, Source URL, Anchor Text, Source Crawl Date,
 *     Source First Found Date, FlagNoFollow, FlagImageLink, …}</li>
 * <li>Semrush, Backlinks: {@code Page ascore, Source title, Source url, Target url, Anchor,
 *     External links, Internal links, Nofollow, Sponsored, Ugc, …}</li>
 * <li>plain: {@code source_url, target_url[, anchor][, rel]}</li>
 * </ul>
 */
enum ImportFormat {

    AHREFS("ahrefs", "Ahrefs", "Referring page URL, Target URL, Anchor, Nofollow, UGC, Sponsored"),
    MAJESTIC("majestic", "Majestic", "Target URL, Source URL, Anchor Text, FlagNoFollow"),
    SEMRUSH("semrush", "Semrush", "Source title, Source url, Target url, Anchor, Nofollow, Sponsored, Ugc"),
    PLAIN("plain", "plain file", "source_url, target_url[, anchor][, rel]"),
    SEARCH_CONSOLE_LATEST_LINKS("search-console-latest-links", "Search Console latest links",
            "Linking page, Last crawled"),
    SEARCH_CONSOLE_TOP_SITES("search-console-top-sites", "Search Console top linking sites",
            "Site, Linking pages, Target pages");

    final String id;
    final String label;
    final String expectedHeader;

    ImportFormat(String id, String label, String expectedHeader) {
        this.id = id;
        this.label = label;
        this.expectedHeader = expectedHeader;
    }

    /** The format whose header row this is, or null. */
    static ImportFormat recognise(Map<String, Integer> columns) {
        Set<String> c = columns.keySet();
        if (c.contains("referringpageurl") && (c.contains("targeturl") || c.contains("linkurl"))) {
            return AHREFS;
        }
        if (c.contains("sourceurl") && c.contains("targeturl") && c.contains("flagnofollow")) {
            return MAJESTIC;
        }
        if (c.contains("sourceurl") && c.contains("targeturl") && c.contains("anchor")
                && (c.contains("nofollow") || c.contains("sourcetitle") || c.contains("pageascore")
                || c.contains("pagescore"))) {
            return SEMRUSH;
        }
        if (c.contains("sourceurl") && c.contains("targeturl")) {
            return PLAIN;
        }
        if (c.contains("linkingpage")) {
            return SEARCH_CONSOLE_LATEST_LINKS;
        }
        if (c.contains("site") && c.contains("linkingpages")) {
            return SEARCH_CONSOLE_TOP_SITES;
        }
        return null;
    }

    /** The sentence an unrecognised file gets: its header, and every header row expected. */
    static String unrecognised(List<String> header) {
        StringBuilder s = new StringBuilder("not a known backlink export: its header row is \"")
                .append(Bounded.text(String.join(", ", header), 300))
                .append("\"; expected the header row of one of: ");
        ImportFormat[] all = values();
        for (int i = 0; i < all.length; i++) {
            s.append(i == 0 ? "" : "; ").append(all[i].label).append(" (").append(all[i].expectedHeader).append(')');
        }
        return s.toString();
    }

    /** A header cell compared loosely: lower-case letters and digits only. */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
