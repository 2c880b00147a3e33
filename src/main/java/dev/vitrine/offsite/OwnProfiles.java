package dev.vitrine.offsite;

import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.SocialLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which social profiles linked by the site are the company's own, and which are only
 * mentioned (a partner's profile inside an article). Fed the lines of {@code pages.jsonl} one
 * at a time, so memory stays flat however large the crawl.
 *
 * <p>A profile (platform + normalised handle) is {@link Offsite#OWN} when the site declares it
 * (JSON-LD {@code sameAs}, {@code twitter:site}, {@code rel=me}), links it from a header,
 * footer or navigation on any page, or links it from at least half of the HTML pages of a
 * site of at least {@value #MIN_PAGES_FOR_MAJORITY} pages ({@code most-pages}: a footer whose
 * markup no region rule recognised). Anything else is a {@link Offsite#MENTION}
 * ({@code content}). Pure: no I/O; one instance per run, not thread-safe.
 */
final class OwnProfiles {

    /** Profiles kept; once full, only a profile with an own reason enters, replacing the least seen mention. */
    static final int MAX_PROFILES = 500;
    /** Below this many HTML pages, "half of the pages" says nothing about a footer. */
    static final int MIN_PAGES_FOR_MAJORITY = 4;

    static final String MOST_PAGES = "most-pages";
    static final String CONTENT = "content";

    /** Reasons in the order {@link Offsite.Profile#reasons} lists them: declarations, regions, then the rest. */
    private static final List<String> REASON_ORDER = List.of("json-ld", "twitter:site", "rel-me",
            "header", "footer", "nav", MOST_PAGES, CONTENT);
    /** Where a link sits, for the regions that make a profile own; aside and main are content. */
    private static final Set<String> OWN_REGIONS = Set.of("header", "footer", "nav");
    private static final Set<String> DECLARING_SOURCES = Set.of("json-ld", "twitter:site", "rel-me");

    private final String home;
    private final Map<String, Seen> profiles = new HashMap<>();
    private int htmlPages;
    private long order;

    /** @param homeUrl the home page's URL ({@code crawl.json} {@code homeUrl}); a page whose url or finalUrl matches it is the home */
    OwnProfiles(String homeUrl) {
        this.home = comparable(homeUrl);
    }

    /** One line of {@code pages.jsonl}; non-HTML and error pages are ignored. */
    void accept(PageFacts page) {
        if (page == null || !page.isHtml() || page.status() < 200 || page.status() >= 300) {
            return;
        }
        htmlPages++;
        if (page.social() == null) {
            return;
        }
        boolean onHome = home != null && (home.equals(comparable(page.url())) || home.equals(comparable(page.finalUrl())));
        Set<String> seenOnPage = new HashSet<>();
        Set<String> linkedOnPage = new HashSet<>();
        for (SocialLink link : page.social()) {
            if (link == null || link.platform() == null || link.handle() == null) {
                continue;
            }
            String key = link.platform() + " " + link.handle();
            Set<String> reasons = reasonsOf(link);
            Seen seen = profiles.containsKey(key) ? profiles.get(key) : admit(key, link, reasons);
            if (seen == null) {
                continue;
            }
            seen.reasons.addAll(reasons);
            boolean visible = isVisible(link);
            if (visible && seen.linkUrl == null) {
                seen.linkUrl = link.url();
            }
            // On the home page means a visitor of the home can follow it: a sameAs there is not a link.
            seen.onHome |= onHome && visible;
            if (seenOnPage.add(key)) {
                seen.pages++;
                if (seen.firstPage == null) {
                    seen.firstPage = page.url();
                }
            }
            if (visible && linkedOnPage.add(key)) {
                seen.linkedPages++;
            }
        }
    }

    /** Own profiles first, then mentions, each by platform then handle; verification is left null. */
    List<Offsite.Profile> build() {
        boolean majorityMeans = htmlPages >= MIN_PAGES_FOR_MAJORITY;
        List<Offsite.Profile> result = new ArrayList<>(profiles.size());
        for (Seen seen : profiles.values()) {
            Set<String> reasons = new HashSet<>(seen.reasons);
            if (majorityMeans && seen.linkedPages * 2 >= htmlPages) {
                reasons.add(MOST_PAGES);
            }
            boolean own = reasons.stream().anyMatch(r -> !r.equals(CONTENT));
            List<String> ordered = REASON_ORDER.stream().filter(reasons::contains).toList();
            result.add(new Offsite.Profile(seen.platform, seen.handle, seen.linkUrl != null ? seen.linkUrl : seen.firstUrl,
                    own ? Offsite.OWN : Offsite.MENTION, ordered, seen.pages, seen.onHome, seen.firstPage, null));
        }
        result.sort(Comparator.comparing((Offsite.Profile p) -> !p.own())
                .thenComparing(Offsite.Profile::platform)
                .thenComparing(Offsite.Profile::handle));
        return result;
    }

    /**
     * A new entry for {@code key}, or null when the table is full and this occurrence is only
     * a mention: a blog that mentions hundreds of accounts must not push out the footer's.
     */
    private Seen admit(String key, SocialLink link, Set<String> reasons) {
        if (profiles.size() >= MAX_PROFILES) {
            boolean ownReason = reasons.stream().anyMatch(r -> !r.equals(CONTENT));
            Seen weakest = ownReason ? weakestMention() : null;
            if (weakest == null) {
                return null;
            }
            profiles.remove(weakest.platform + " " + weakest.handle);
        }
        Seen seen = new Seen(link.platform(), link.handle(), link.url(), order++);
        profiles.put(key, seen);
        return seen;
    }

    /** The mention seen on the fewest pages (the latest of them on a tie), or null when every profile is own. */
    private Seen weakestMention() {
        Seen weakest = null;
        for (Seen seen : profiles.values()) {
            boolean mention = seen.reasons.stream().allMatch(CONTENT::equals);
            if (mention && (weakest == null || seen.linkedPages < weakest.linkedPages
                    || (seen.linkedPages == weakest.linkedPages && seen.order > weakest.order))) {
                weakest = seen;
            }
        }
        return weakest;
    }

    /** What this one occurrence says: its declaration, and for a visible link, its region. */
    private static Set<String> reasonsOf(SocialLink link) {
        Set<String> reasons = new HashSet<>(2);
        if (link.source() != null && DECLARING_SOURCES.contains(link.source())) {
            reasons.add(link.source());
        }
        if (isVisible(link)) {
            reasons.add(link.region() != null && OWN_REGIONS.contains(link.region()) ? link.region() : CONTENT);
        }
        return reasons;
    }

    /** A link visitors see: it has a region, or it is an anchor from a pages.jsonl written before regions. */
    private static boolean isVisible(SocialLink link) {
        return link.region() != null || "link".equals(link.source());
    }

    /** The URL without fragment and trailing slashes, its scheme and host lower-cased: enough to recognise the home. */
    static String comparable(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int scheme = u.indexOf("://");
        int pathStart = scheme < 0 ? -1 : u.indexOf('/', scheme + 3);
        int authorityEnd = pathStart < 0 ? u.length() : pathStart;
        return u.substring(0, authorityEnd).toLowerCase(Locale.ROOT) + u.substring(authorityEnd);
    }

    /** What is known so far of one profile. */
    private static final class Seen {
        final String platform;
        final String handle;
        final String firstUrl;
        final long order;
        final Set<String> reasons = new HashSet<>(4);
        String linkUrl;
        String firstPage;
        int pages;
        int linkedPages;
        boolean onHome;

        Seen(String platform, String handle, String firstUrl, long order) {
            this.platform = platform;
            this.handle = handle;
            this.firstUrl = firstUrl;
            this.order = order;
        }
    }
}
