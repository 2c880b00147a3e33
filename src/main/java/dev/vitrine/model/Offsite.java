package dev.vitrine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code offsite.json}: what the rest of the web says about the company, gathered during the
 * crawl stage (after the crawl) so the checks stay pure functions of the run's files: the
 * company's own social profiles (and their verification), mere mentions of other profiles,
 * directory and review listings, and backlinks from the audit's sources and imports.
 *
 * <p>Everything here comes from outside sites and is untrusted: strings and lists are
 * bounded when gathered, and the report escapes them.
 *
 * @param profilesVerified false when verification was turned off ({@code --no-verify-profiles})
 */
public record Offsite(
        Instant checkedAt,
        boolean profilesVerified,
        List<Profile> profiles,
        List<Directory> directories,
        Backlinks backlinks) {

    /** Run file written by the crawl stage. */
    public static final String FILE = "offsite.json";

    public Offsite {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        directories = directories == null ? List.of() : List.copyOf(directories);
        backlinks = backlinks == null ? Backlinks.NONE : backlinks;
    }

    /** Roles of a profile. */
    public static final String OWN = "own";
    public static final String MENTION = "mention";

    /**
     * A social profile linked or declared by the site.
     *
     * @param role         {@link #OWN} (the company's: linked from header, footer or nav, or
     *                     from most pages, or declared in JSON-LD sameAs, twitter:site or
     *                     rel=me) or {@link #MENTION} (only linked inside content: a partner's
     *                     profile in an article)
     * @param reasons      why it was judged own, or where it was mentioned: {@code header},
     *                     {@code footer}, {@code nav}, {@code most-pages}, {@code json-ld},
     *                     {@code twitter:site}, {@code rel-me}, {@code content}
     * @param pages        on how many HTML pages it was seen
     * @param onHome       linked visibly (a link or rel=me) from the home page; a profile only
     *                     declared there (JSON-LD, twitter:site) is not
     * @param firstPage    the first page it was seen on
     * @param verification null for a mention, or when verification was turned off
     */
    public record Profile(String platform, String handle, String url, String role, List<String> reasons,
                          int pages, boolean onHome, String firstPage, Verification verification) {
        public Profile {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        public boolean own() {
            return OWN.equals(role);
        }
    }

    /** Verification statuses. */
    public static final String OK = "ok";
    public static final String BROKEN = "broken";
    public static final String UNVERIFIABLE = "unverifiable";
    public static final String SUSPECT = "suspect";

    /**
     * One fetch of an own profile.
     *
     * @param status     {@link #OK}, {@link #BROKEN} (404, 410, "page not found"),
     *                   {@link #UNVERIFIABLE} (the platform blocks robots: 999, 429, 403,
     *                   login or consent wall, network error) or {@link #SUSPECT} (redirects
     *                   to a login page or the platform's home)
     * @param httpStatus the last response's status, 0 when none came
     * @param finalUrl   where the redirects ended
     * @param title      the page's title, bounded
     * @param detail     why this status, one short sentence in English (the report translates the status)
     */
    public record Verification(String status, int httpStatus, String finalUrl, String title, String detail) {}

    /**
     * A listing of the company on a directory, review or booking platform.
     *
     * @param id      the platform's id in {@code directories.yaml} (google-business, pagesjaunes…)
     * @param kind    {@code maps}, {@code directory}, {@code reviews}, {@code booking},
     *                {@code freelance} or {@code register}
     * @param foundOn {@code site} (linked from the company's pages), {@code source} (a backlink
     *                source is this listing, or links to it) or {@code import}
     * @param from    the page where it was found
     */
    public record Directory(String id, String name, String kind, String url, String foundOn, String from) {}

    /**
     * Backlinks: links from other sites to the company's registrable domain.
     *
     * @param links     the links found, at most {@value #MAX_LINKS}; {@code linkCount} counts all
     * @param summary   aggregates over every link (not only the kept ones)
     */
    public record Backlinks(List<Source> sources, List<ImportFile> imports, List<Backlink> links, int linkCount,
                            Summary summary) {
        public static final int MAX_LINKS = 2_000;
        public static final Backlinks NONE = new Backlinks(List.of(), List.of(), List.of(), 0, Summary.EMPTY);

        public Backlinks {
            sources = sources == null ? List.of() : List.copyOf(sources);
            imports = imports == null ? List.of() : List.copyOf(imports);
            links = links == null ? List.of() : List.copyOf(links);
            summary = summary == null ? Summary.EMPTY : summary;
        }

        /** True when the audit declared sources or imports: without them there is nothing to judge. */
        public boolean declared() {
            return !sources.isEmpty() || !imports.isEmpty();
        }
    }

    /** Source statuses. */
    public static final String LINKING = "linking";
    public static final String LOST = "lost";
    public static final String BLOCKED = "blocked";
    public static final String UNREACHABLE = "unreachable";

    /**
     * One {@code backlinks.sources} entry of audit.yaml, as checked on this run.
     *
     * @param status       {@link #LINKING}, {@link #LOST} (fetched, but no link to the company
     *                     any more), {@link #BLOCKED} (its robots.txt forbids it) or
     *                     {@link #UNREACHABLE} (error status or no answer)
     * @param httpStatus   the source page's status, 0 when none came
     * @param pagesFetched pages read (more than one for a source with {@code depth: 1})
     * @param links        links to the company found on it
     * @param error        why it is blocked or unreachable, else null
     */
    public record Source(String url, int depth, String status, int httpStatus, int pagesFetched, int links,
                         String error) {}

    /**
     * One {@code backlinks.imports} file.
     *
     * @param format {@code search-console-top-sites}, {@code search-console-latest-links},
     *               {@code ahrefs}, {@code majestic}, {@code semrush} or {@code plain}; null
     *               when the file could not be read (then {@code error} says why)
     * @param rows   data rows read
     * @param links  rows that are links to the company (or linking domains, for top sites)
     */
    public record ImportFile(String file, String format, int rows, int links, String error) {}

    /** Link attributes, as counted for the follow share. */
    public static final String FOLLOW = "follow";
    public static final String NOFOLLOW = "nofollow";
    public static final String SPONSORED = "sponsored";
    public static final String UGC = "ugc";

    /**
     * One link from another site to the company.
     *
     * @param sourceUrl    the linking page (for a "top linking sites" import, the linking domain)
     * @param sourceDomain the registrable domain of the linking page
     * @param targetUrl    the company page linked to; null when the origin does not say (Search
     *                     Console "Latest links" lists linking pages only)
     * @param anchor       the anchor text (an image's alt), bounded; empty when none
     * @param anchorKind   {@code brand}, {@code exact} (descriptive words), {@code generic}
     *                     ("click here") or {@code url}
     * @param rel          {@link #FOLLOW}, {@link #NOFOLLOW}, {@link #SPONSORED} or {@link #UGC};
     *                     null when the origin does not say (Search Console, a plain import
     *                     without a rel column): counted as follow in the summary
     * @param targetStatus the target's status on the company site (from the crawl, or fetched),
     *                     0 when unknown
     * @param origin       {@code source} or {@code import:<file>}
     */
    public record Backlink(String sourceUrl, String sourceDomain, String targetUrl, String anchor,
                           String anchorKind, String rel, int targetStatus, String origin) {}

    /**
     * Aggregates over every backlink found.
     *
     * @param referringDomains distinct registrable domains linking to the company
     * @param domains          those domains (at most 500), most links first
     * @param links            links counted (domain-only import rows count their link totals)
     * @param followLinks      links without nofollow, sponsored or ugc
     * @param anchors          links per anchor kind
     * @param brokenTargets    company pages that backlinks point to and that answer 4xx/5xx:
     *                         each deserves a redirect
     * @param sourcesChecked   sources declared and fetched
     * @param sourcesLinking   sources that link to the company
     */
    public record Summary(int referringDomains, List<Domain> domains, int links, int followLinks,
                          Map<String, Integer> anchors, List<BrokenTarget> brokenTargets, int sourcesChecked,
                          int sourcesLinking) {
        public static final Summary EMPTY = new Summary(0, List.of(), 0, 0, Map.of(), List.of(), 0, 0);

        public Summary {
            domains = domains == null ? List.of() : List.copyOf(domains);
            anchors = anchors == null ? Map.of() : Map.copyOf(anchors);
            brokenTargets = brokenTargets == null ? List.of() : List.copyOf(brokenTargets);
        }

        /** Share of follow links, 0..1, or null without links. */
        public Double followShare() {
            return links == 0 ? null : (double) followLinks / links;
        }
    }

    /** A referring domain: how many links, how many of them follow, where they were found. */
    public record Domain(String domain, int links, int followLinks, List<String> origins) {}

    /** A company URL that backlinks point to and that is broken: {@code from} holds up to 20 linking pages. */
    public record BrokenTarget(String url, int status, int links, List<String> from) {}
}
