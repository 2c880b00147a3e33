package dev.vitrine.site;

import java.util.List;

/**
 * What the templates of the report see: plain records, already in the report's language,
 * with every number formatted and every chart's geometry computed. Templates never compute
 * and never see raw crawl data: everything from the audited site arrives here as text,
 * to be written with {@code th:text} (escaped), links from the site as {@link SafeLink}.
 *
 * <p>Variables of every page: {@code report} ({@link Report}), {@code page} (the id of the
 * page, for the navigation: overview, plan, pages, page, social, backlinks, technologies,
 * downloads, or element), {@code nav} (the navigation entries). Each page adds its own
 * variable, named below.
 */
final class ReportModel {

    private ReportModel() {}

    /** Shared by every page. {@code overall} is null when nothing could be scored. */
    record Report(String company, String website, SafeLink websiteLink, String runId, String runDate,
                  String language, Integer overall, String overallText, String belt, String beltLabel,
                  String beltColor, String version, String generatedAt) {}

    /** One entry of the navigation bar; {@code href} relative to the page (all pages are at the site's root). */
    record NavItem(String id, String label, String href, boolean active) {}

    /**
     * A link found on the audited site, shown as text unless it is a plain http(s) URL:
     * {@code href} is null for anything else ({@code javascript:}, {@code data:}...).
     */
    record SafeLink(String text, String href) {}

    // ---- overview (index.html): variable "overview"

    record Overview(Gauge gauge, List<ElementSummary> elements, Radar radar, List<RaceStage> race,
                    List<KeyFigure> keyFigures, String summary, List<String> strengths, List<String> weaknesses,
                    List<PlanEntry> topPriorities, VerdictCounts verdicts) {}

    /**
     * The score gauge: an arc of {@code circumference} with {@code dash} filled; {@code color}
     * is the belt's colour. Text is the score ("62") or "—".
     */
    record Gauge(String text, double circumference, double dash, String color) {}

    /** An element on the overview and on its own page. {@code score} null = not applicable. */
    record ElementSummary(String id, String title, Integer score, String scoreText, int weight, int findings,
                          int passed, int partial, int failed, int notApplicable, String href, int barPercent,
                          String color) {}

    /**
     * The nine elements as a radar: a 300×300 viewBox centred at 150,150; {@code polygon} is
     * the score shape's points, {@code rings} the 25/50/75/100 % guides, {@code axes} one per
     * element with its label position and text-anchor (start, middle, end).
     */
    record Radar(String polygon, List<String> rings, List<Axis> axes) {}

    record Axis(double x2, double y2, double labelX, double labelY, String anchor, String label, String scoreText) {}

    /**
     * RACE view: one stage (reach, act, convert, engage) with its mean score and a funnel
     * band {@code widthPercent} wide (the funnel narrows stage by stage; the score is written on it).
     */
    record RaceStage(String id, String label, String description, Integer score, String scoreText, int findings,
                     int widthPercent, String color) {}

    record KeyFigure(String label, String value) {}

    record VerdictCounts(int passed, int partial, int failed, int notApplicable) {}

    // ---- element pages (element-<id>.html): variables "element" and "findings"

    /**
     * One finding: {@code verdict} is pass, partial, fail or not_applicable (CSS class too),
     * {@code recommendationHtml} our own Markdown rendered with raw HTML escaped.
     */
    record FindingView(String id, String anchor, String verdict, String verdictLabel, String scoreText,
                       String title, String summary, List<EvidenceItem> evidence, int evidenceMore,
                       String recommendationHtml, String stage, String effort, List<String> objectives,
                       int weight) {}

    /** One piece of evidence: a page (with a link to its detail page when there is one) and a value. */
    record EvidenceItem(String url, String detailHref, String value) {}

    // ---- action plan (plan.html): variable "plan"

    record Plan(List<PlanPeriod> periods, List<String> objectives) {}

    record PlanPeriod(int days, String label, List<PlanEntry> entries) {}

    /** {@code href} points at the finding on its element page; {@code objectives} are ids (for filtering). */
    record PlanEntry(int rank, String title, String elementTitle, String href, int days, String effort,
                     String effortLabel, List<String> objectives, List<String> objectiveLabels, String priorityText) {}

    // ---- crawled pages (pages.html, pages-2.html…): variable "pagesTable"

    /**
     * One page of the crawled-pages table. The whole list is also in {@code data/pages.js}
     * for the filter and sort script; these rows are what shows without script.
     */
    record PagesTable(List<PageRow> rows, int pageNumber, int pageCount, String previousHref, String nextHref,
                      int total, List<String> pageHrefs) {}

    record PageRow(String url, String path, int status, String title, String depthText, int words, String size,
                   String time, int issues, String detailHref, String contentType) {}

    // ---- a crawled page (page-<n>.html): variable "crawled"

    record PageDetail(String url, SafeLink link, int status, String finalUrl, String title, String description,
                      String canonical, String lang, String depthText, String size, String time,
                      List<String> headings, List<KeyFigure> facts, List<FindingRef> findings) {}

    record FindingRef(String title, String verdict, String verdictLabel, String href, String value) {}

    // ---- social profiles and directories (social.html): variable "social"

    /**
     * {@code offsite} is false for a run made before offsite.json: then {@code profiles} are
     * every profile the pages link to, {@code directories} the links of the directory criterion,
     * and the other lists are empty. With it, {@code profiles} are the company's own, and
     * {@code mentions} the profiles only linked inside content. {@code verificationOff} when
     * the run did not fetch the profiles. {@code notes}: the consistency findings (sameAs,
     * same handle, on the home page).
     */
    record Social(List<ProfileRow> profiles, List<CoverageCell> coverage, List<SafeLink> directories,
                  boolean offsite, boolean verificationOff, List<ConsistencyNote> notes, List<MentionRow> mentions,
                  List<ListingRow> listings) {}

    /**
     * A company profile. {@code sources}: where it was found (already translated).
     * {@code status} ok, broken, unverifiable, suspect (null when not verified), with its label,
     * {@code statusVerdict} the verdict whose colour it takes (pass, fail, not_applicable,
     * partial), {@code statusDetail} why (as the fetch said it, in English) and the final URL.
     */
    record ProfileRow(String platform, String platformLabel, String handle, SafeLink link, String sources, int pages,
                      String onHomeText, String status, String statusLabel, String statusVerdict, String statusDetail,
                      SafeLink finalLink) {}

    /**
     * A major platform and whether the company has a profile there. {@code state}: verified,
     * unverified, suspect, broken, absent (present without offsite.json); {@code verdict} its colour.
     */
    record CoverageCell(String platform, String label, boolean present, String how, String state, String stateLabel,
                        String verdict) {}

    /** A consistency finding: its verdict, title, what was measured, and where it is on its element page. */
    record ConsistencyNote(String verdict, String verdictLabel, String title, String summary, String href) {}

    /** A profile only mentioned in content (a partner's, a journalist's): not the company's. */
    record MentionRow(String platformLabel, String handle, SafeLink link, SafeLink firstPage, int pages) {}

    /** A directory or review listing: {@code kindLabel} and {@code foundOnLabel} translated, {@code from} the page it was found on. */
    record ListingRow(String name, String kindLabel, SafeLink link, String foundOnLabel, SafeLink from) {}

    // ---- backlinks (backlinks.html): variables "backlinks" (null without data), "backlinkSources" and
    // "backlinkImports" (what audit.yaml declares, for the empty state), "backlinksBeforeOffsite"

    /**
     * The backlinks of the run. {@code figures}: referring domains, links, follow share,
     * sources linking/checked. {@code anchors}: one bar per anchor kind. {@code domainsMore} and
     * {@code linksMore}: how many are not listed.
     */
    record BacklinksView(List<KeyFigure> figures, List<AnchorBar> anchors, List<SourceRow> sources,
                         List<ImportRow> imports, List<DomainRow> domains, int domainsMore, List<BrokenRow> broken,
                         List<LinkRow> links, int linksMore) {}

    /** One anchor kind, with an inline SVG bar {@code width} long out of 100 (an SVG number: "62.5"). */
    record AnchorBar(String kind, String label, String countText, String shareText, String width) {}

    record SourceRow(SafeLink link, String depthText, String status, String statusLabel, String statusVerdict,
                     String httpStatus, String pages, String links, String error) {}

    record ImportRow(String file, String format, String rows, String links, String error) {}

    record DomainRow(String domain, String links, String followLinks, String origins) {}

    record BrokenRow(SafeLink target, String status, String links, List<SafeLink> from) {}

    record LinkRow(SafeLink source, SafeLink target, String anchor, String kindLabel, String rel, String targetStatus,
                   String targetVerdict) {}

    // ---- technologies (technologies.html): variable "technologies"

    record TechnologyGroup(String category, String label, List<TechnologyRow> items) {}

    record TechnologyRow(String name, int pages, String evidence, String firstPage) {}

    // ---- downloads (downloads.html): variable "downloads"

    record Download(String href, String label, String description, String size) {}
}
