package dev.vitrine.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * When the page says it was published: the newest of the dates it declares in machine form.
 * Read from JSON-LD {@code datePublished} (any node), {@code <meta property=article:published_time>}
 * (or {@code name=}), microdata {@code <meta itemprop=datePublished>}, and {@code <time datetime>}
 * inside an {@code <article>}, with {@code itemprop=datePublished}, or with a class naming a
 * date or publication.
 *
 * <p>A {@code <time>} that marks an update ({@code itemprop=dateModified}, a class saying
 * "updated" or "modified" without "published") is not a publication date, even inside an
 * article: WordPress themes print both. Only machine formats are read ({@code 2026-03-12},
 * {@code 2026-03-12T09:30:00+01:00}); prose dates ("12 mars 2026") and anything else are
 * ignored, as are years before 1995 (placeholders such as 1970-01-01) and from 2100 on.
 * Extraction has no clock, so a future date is kept like any other.
 */
final class PublicationDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final int FIRST_YEAR = 1995;
    private static final int LAST_YEAR = 2099;
    /** Longer than any date-time this reads: {@code 2026-03-12T09:30:00.123456789+01:00} is 35. */
    private static final int MAX_LENGTH = 40;

    private LocalDate newest;

    /** A {@code <meta>}: article:published_time by property or name, or microdata datePublished. */
    void meta(Element el) {
        if (el.attr("property").equalsIgnoreCase("article:published_time")
                || el.attr("name").equalsIgnoreCase("article:published_time")
                || el.attr("itemprop").equals("datePublished")) {
            candidate(el.attr("content"));
        }
    }

    /** A {@code <time>}; {@code inArticle} when it sits inside an {@code <article>}. */
    void time(Element el, boolean inArticle) {
        if (!el.hasAttr("datetime")) {
            return;
        }
        String itemprop = el.attr("itemprop");
        if (itemprop.equals("dateModified")) {
            return;
        }
        String classes = el.className().toLowerCase(Locale.ROOT);
        boolean published = classes.contains("published");
        boolean updated = !published && (classes.contains("updated") || classes.contains("modified"));
        if (updated) {
            return;
        }
        if (inArticle || itemprop.equals("datePublished") || published || classes.contains("date")) {
            candidate(el.attr("datetime"));
        }
    }

    /** A value that should be a date: kept when it is one and newer than those met before. */
    void candidate(String raw) {
        LocalDate date = parse(raw);
        if (date != null && (newest == null || date.isAfter(newest))) {
            newest = date;
        }
    }

    /** The newest date as {@code yyyy-MM-dd}, or null when the page declares none. */
    String newest() {
        return newest == null ? null : newest.toString();
    }

    /**
     * The date of an ISO-8601 date or date-time (the date as written, in the writer's offset),
     * or null when {@code raw} is not one or is outside 1995–2099.
     */
    static LocalDate parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.length() < 10 || s.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (!m.matches() || !timeInRange(m)) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // 2026-02-30, 2026-13-01
        }
    }

    private static boolean timeInRange(Matcher m) {
        return m.group(4) == null
                || Integer.parseInt(m.group(4)) <= 24 && Integer.parseInt(m.group(5)) <= 59
                && (m.group(6) == null || Integer.parseInt(m.group(6)) <= 60);
    }
}
