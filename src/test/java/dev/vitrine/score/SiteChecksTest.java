package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.CrawlSummary.BrokenLink;
import dev.vitrine.model.CrawlSummary.HttpHome;
import dev.vitrine.model.CrawlSummary.Outside;
import dev.vitrine.model.CrawlSummary.Robots;
import dev.vitrine.model.CrawlSummary.RobotsGroup;
import dev.vitrine.model.CrawlSummary.Sitemap;
import dev.vitrine.model.CrawlSummary.TextFile;
import dev.vitrine.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of the site as a whole: home page, crawl, outside fetches, headers. */
class SiteChecksTest {

    private static final String SITE = "https://www.example.fr/";
    private static final String HTTP_SITE = "http://www.example.fr/";
    private static final String ROBOTS_URL = SITE + "robots.txt";
    private static final String SECURITY_URL = SITE + ".well-known/security.txt";
    private static final String LLMS_URL = SITE + "llms.txt";

    private static PageBuilder home() {
        return PageBuilder.home(SITE);
    }

    private static PageBuilder page(String path) {
        return PageBuilder.page(SITE + path);
    }

    // ---- building crawl facts

    private static CrawlSummary crawl() {
        return CheckRun.crawl(null, List.of(), List.of(), null);
    }

    private static CrawlSummary withRobots(Robots robots) {
        return CheckRun.crawl(robots, List.of(), List.of(), null);
    }

    private static CrawlSummary withOutside(Outside outside) {
        return CheckRun.crawl(null, List.of(), List.of(), outside);
    }

    private static CrawlSummary withSitemaps(Robots robots, Sitemap... sitemaps) {
        return CheckRun.crawl(robots, List.of(sitemaps), List.of(), null);
    }

    private static CrawlSummary withBroken(List<BrokenLink> broken) {
        return CheckRun.crawl(null, List.of(), broken, null);
    }

    private static Robots robots(List<String> declaredSitemaps, RobotsGroup... groups) {
        return new Robots(ROBOTS_URL, 200, "(robots.txt)", false, List.of(groups), declaredSitemaps, true);
    }

    private static Robots robots(RobotsGroup... groups) {
        return robots(List.of(), groups);
    }

    private static RobotsGroup group(List<String> agents, List<String> allow, List<String> disallow) {
        return new RobotsGroup(agents, allow, disallow, null);
    }

    private static RobotsGroup disallow(String agent, String... paths) {
        return group(List.of(agent), List.of(), List.of(paths));
    }

    private static Outside httpHome(HttpHome http) {
        return new Outside(http, null, null, List.of(), "HTTP/2", null);
    }

    private static HttpHome redirect(int status, String location, boolean toHttps) {
        return new HttpHome(HTTP_SITE, status, location, toHttps, null);
    }

    private static Outside textFiles(TextFile securityTxt, TextFile llmsTxt) {
        return new Outside(null, securityTxt, llmsTxt, List.of(), null, null);
    }

    private static TextFile found(String url, String content) {
        return new TextFile(url, 200, "text/plain", content, false, null);
    }

    private static TextFile notFound(String url) {
        return new TextFile(url, 404, "text/html", null, false, null);
    }

    private static Outside protocol(String version, String altSvc) {
        return new Outside(null, null, null, List.of(), version, altSvc);
    }

    private static BrokenLink broken(String path, int status, String... from) {
        return new BrokenLink(SITE + path, status, null, List.of(from), from.length);
    }

    // ---- assertions

    private static void assertOutcome(Outcome o, Verdict verdict, Double score) {
        assertEquals(verdict, o.verdict(), () -> "verdict of " + o);
        assertEquals(score, o.score(), () -> "score of " + o);
    }

    private static void assertPass(Outcome o) {
        assertOutcome(o, Verdict.PASS, 1.0);
    }

    private static void assertPartial(Outcome o) {
        assertOutcome(o, Verdict.PARTIAL, 0.5);
    }

    private static void assertFail(Outcome o) {
        assertOutcome(o, Verdict.FAIL, 0.0);
    }

    private static void assertNotApplicable(Outcome o) {
        assertOutcome(o, Verdict.NOT_APPLICABLE, null);
        assertEquals(0, o.evidence().count());
    }

    /** The evidence is exactly these (url, value) examples. */
    private static void assertEvidence(Outcome o, Example... expected) {
        assertEquals(List.of(expected), o.evidence().examples(), () -> "evidence of " + o);
        assertEquals(expected.length, o.evidence().count());
    }

    private static Example ex(String url, String value) {
        return new Example(url, value);
    }

    private static List<String> urls(Outcome o) {
        return o.evidence().examples().stream().map(Example::url).toList();
    }

    private static void assertNames(IllegalArgumentException e, String key) {
        assertTrue(e.getMessage().contains("\"" + key + "\""), () -> "message should name " + key + ": " + e.getMessage());
    }

    private static IllegalArgumentException badParams(String id, Map<String, Object> params) {
        return assertThrows(IllegalArgumentException.class, () -> CheckRun.of(home()).check(id, params));
    }

    // ---- home-reachable

    @Test
    void homeAnsweringOkIsReachable() {
        Outcome o = CheckRun.of(home(), page("a")).check("home-reachable");
        assertPass(o);
        assertEvidence(o, ex(SITE, "HTTP 200"));
        assertEquals("The home page answers (HTTP 200)", o.summary().en());
    }

    @Test
    void homeAnsweringAnErrorIsNotReachable() {
        Outcome o = CheckRun.of(home().status(503)).check("home-reachable");
        assertFail(o);
        assertEquals(0, o.evidence().count());
    }

    @Test
    void runWithoutAHomeRecordIsNotReachable() {
        assertFail(CheckRun.of(page("a")).check("home-reachable"));
    }

    // ---- home-https

    @Test
    void homeOverHttpsPasses() {
        Outcome o = CheckRun.of(home()).check("home-https");
        assertPass(o);
        assertEvidence(o, ex(SITE, "HTTP 200"));
    }

    @Test
    void homeOverPlainHttpFails() {
        Outcome o = CheckRun.of(PageBuilder.home(HTTP_SITE)).check("home-https");
        assertFail(o);
        assertEvidence(o, ex(HTTP_SITE, "HTTP 200"));
    }

    @Test
    void homeRedirectedFromHttpsToHttpFails() {
        assertFail(CheckRun.of(home().finalUrl(HTTP_SITE)).check("home-https"));
    }

    @Test
    void homeRedirectedFromHttpToHttpsPasses() {
        assertPass(CheckRun.of(PageBuilder.home(HTTP_SITE).finalUrl(SITE)).check("home-https"));
    }

    // ---- home-indexable

    @Test
    void homeWithoutNoindexAndOpenRobotsIsIndexable() {
        Outcome o = CheckRun.of(home().metaRobots("index, follow"), page("a"))
                .crawl(withRobots(robots(disallow("*", "/admin/"), disallow("BadBot", "/"))))
                .check("home-indexable");
        assertPass(o);
        assertEquals(0, o.evidence().count());
    }

    @Test
    void metaRobotsNoindexMakesTheHomeUnindexable() {
        Outcome o = CheckRun.of(home().metaRobots("NOINDEX, follow")).check("home-indexable");
        assertFail(o);
        assertEvidence(o, ex(SITE, "meta robots: NOINDEX, follow"));
        assertEquals("The home page asks not to be indexed (noindex)", o.summary().en());
    }

    @Test
    void metaRobotsNoneMeansNoindex() {
        assertFail(CheckRun.of(home().metaRobots("none")).check("home-indexable"));
    }

    @Test
    void xRobotsTagNoindexMakesTheHomeUnindexable() {
        Outcome o = CheckRun.of(home().header("x-robots-tag", "noindex, nofollow")).check("home-indexable");
        assertFail(o);
        assertEvidence(o, ex(SITE, "x-robots-tag: noindex, nofollow"));
    }

    @Test
    void xRobotsTagNoneMeansNoindex() {
        assertFail(CheckRun.of(home().header("x-robots-tag", "none")).check("home-indexable"));
    }

    @Test
    void maxImagePreviewNoneDoesNotMeanNoindex() {
        assertPass(CheckRun.of(home().metaRobots("index, follow, max-image-preview:none")).check("home-indexable"));
    }

    @Test
    void evidenceNamesTheXRobotsTagWhenItCarriesTheNoindex() {
        Outcome o = CheckRun.of(home().metaRobots("index, follow").header("x-robots-tag", "noindex"))
                .check("home-indexable");
        assertFail(o);
        assertEvidence(o, ex(SITE, "x-robots-tag: noindex"));
    }

    @Test
    void robotsDisallowingEverythingForEveryCrawlerMakesTheHomeUnindexable() {
        Outcome o = CheckRun.of(home()).crawl(withRobots(robots(disallow("*", "/")))).check("home-indexable");
        assertFail(o);
        assertEvidence(o, ex(SITE, "Disallow: /"));
        assertEquals("robots.txt blocks every crawler", o.summary().en());
    }

    @Test
    void robotsDisallowingEverythingButAllowingTheRootStaysIndexable() {
        Outcome o = CheckRun.of(home())
                .crawl(withRobots(robots(group(List.of("*"), List.of("/"), List.of("/"))))).check("home-indexable");
        assertPass(o);
    }

    @Test
    void robotsDisallowingEverythingForOneNamedCrawlerOnlyStaysIndexable() {
        assertPass(CheckRun.of(home()).crawl(withRobots(robots(disallow("GPTBot", "/")))).check("home-indexable"));
    }

    // ---- http-to-https

    @Test
    void permanentRedirectToHttpsPasses() {
        Outcome o = CheckRun.of(home()).crawl(withOutside(httpHome(redirect(301, SITE, true)))).check("http-to-https");
        assertPass(o);
        assertEvidence(o, ex(HTTP_SITE, "HTTP 301 → " + SITE));
    }

    @Test
    void permanentRedirect308Passes() {
        assertPass(CheckRun.of(home()).crawl(withOutside(httpHome(redirect(308, SITE, true)))).check("http-to-https"));
    }

    @Test
    void temporaryRedirectToHttpsIsPartial() {
        Outcome o = CheckRun.of(home()).crawl(withOutside(httpHome(redirect(302, SITE, true)))).check("http-to-https");
        assertPartial(o);
        assertEvidence(o, ex(HTTP_SITE, "HTTP 302 → " + SITE));
        assertPartial(CheckRun.of(home()).crawl(withOutside(httpHome(redirect(307, SITE, true)))).check("http-to-https"));
    }

    @Test
    void httpHomeServingContentFails() {
        Outcome o = CheckRun.of(home()).crawl(withOutside(httpHome(redirect(200, null, false)))).check("http-to-https");
        assertFail(o);
        assertEvidence(o, ex(HTTP_SITE, "HTTP 200"));
        assertEquals("The HTTP version does not redirect to HTTPS", o.summary().en());
    }

    @Test
    void permanentRedirectThatNeverReachesHttpsFails() {
        assertFail(CheckRun.of(home())
                .crawl(withOutside(httpHome(redirect(301, "http://example.fr/", false)))).check("http-to-https"));
    }

    @Test
    void httpHomeNotAnsweringFailsWithTheError() {
        HttpHome closed = new HttpHome(HTTP_SITE, 0, null, false, "connection refused");
        Outcome o = CheckRun.of(home()).crawl(withOutside(httpHome(closed))).check("http-to-https");
        assertFail(o);
        assertEvidence(o, ex(HTTP_SITE, "connection refused"));
    }

    @Test
    void siteWithoutHttpsFails() {
        Outcome o = CheckRun.of(PageBuilder.home(HTTP_SITE))
                .crawl(withOutside(httpHome(redirect(200, null, false)))).check("http-to-https");
        assertFail(o);
        assertEquals("The site is not available over HTTPS", o.summary().en());
    }

    @Test
    void httpHomeNotCheckedIsNotApplicable() {
        assertNotApplicable(CheckRun.of(home()).check("http-to-https"));
        assertNotApplicable(CheckRun.of(home()).crawl(withOutside(httpHome(null))).check("http-to-https"));
    }

    // ---- sitemap

    @Test
    void sitemapDeclaredInRobotsAndReadPasses() {
        String url = SITE + "sitemap_index.xml";
        Outcome o = CheckRun.of(home())
                .crawl(withSitemaps(robots(List.of(url)), new Sitemap(url, ROBOTS_URL, "index", 42, null)))
                .check("sitemap");
        assertPass(o);
        assertEvidence(o, ex(url, "index, 42 URL"));
    }

    @Test
    void sitemapFoundOnlyAtTheDefaultLocationIsPartial() {
        String url = SITE + "sitemap.xml";
        Outcome o = CheckRun.of(home())
                .crawl(withSitemaps(robots(disallow("*", "/admin/")), new Sitemap(url, null, "urlset", 12, null)))
                .check("sitemap");
        assertPartial(o);
        assertEvidence(o, ex(url, "urlset, 12 URL"));
        assertEquals("Sitemap found at /sitemap.xml, but not declared in robots.txt", o.summary().en());
        assertPartial(CheckRun.of(home()).crawl(withSitemaps(null, new Sitemap(url, null, "urlset", 12, null)))
                .check("sitemap"));
    }

    @Test
    void declaredSitemapReadWithErrorsIsPartial() {
        String good = SITE + "sitemap-pages.xml";
        String bad = SITE + "sitemap-posts.xml";
        Outcome o = CheckRun.of(home())
                .crawl(withSitemaps(robots(List.of(good, bad)), new Sitemap(good, ROBOTS_URL, "urlset", 10, null),
                        new Sitemap(bad, ROBOTS_URL, null, 0, "HTTP 404")))
                .check("sitemap");
        assertPartial(o);
        assertEvidence(o, ex(good, "urlset, 10 URL"), ex(bad, "HTTP 404"));
        assertEquals("Sitemap declared, but with errors", o.summary().en());
    }

    @Test
    void noSitemapFails() {
        Outcome o = CheckRun.of(home()).crawl(withSitemaps(robots(disallow("*", "/admin/")))).check("sitemap");
        assertFail(o);
        assertEquals(0, o.evidence().count());
        assertEquals("No readable sitemap", o.summary().en());
        assertFail(CheckRun.of(home()).check("sitemap"));
    }

    @Test
    void undeclaredSitemapThatCannotBeReadFails() {
        String url = SITE + "sitemap.xml";
        Outcome o = CheckRun.of(home()).crawl(withSitemaps(null, new Sitemap(url, null, null, 0, "not XML")))
                .check("sitemap");
        assertFail(o);
        assertEvidence(o, ex(url, "not XML"));
    }

    // ---- broken-links

    @Test
    void noBrokenLinkPasses() {
        Outcome o = CheckRun.of(home()).crawl(withBroken(List.of())).check("broken-links");
        assertPass(o);
        assertEquals(0, o.evidence().count());
        assertEquals("0 broken internal link(s)", o.summary().en());
    }

    @Test
    void oneBrokenLinkIsPartialByDefault() {
        Outcome o = CheckRun.of(home())
                .crawl(withBroken(List.of(broken("ancienne-page", 404, SITE, SITE + "a", SITE + "b"))))
                .check("broken-links");
        assertPartial(o);
        assertEvidence(o, ex(SITE + "ancienne-page", "HTTP 404 ← " + SITE + " (+2)"));
    }

    @Test
    void evidenceShowsFetchErrorsAndTheLinkingPage() {
        BrokenLink timeout = new BrokenLink(SITE + "lent", 0, "timeout", List.of(SITE + "a"), 1);
        BrokenLink orphan = new BrokenLink(SITE + "orphelin", 500, null, List.of(), 0);
        Outcome o = CheckRun.of(home()).crawl(withBroken(List.of(timeout, orphan))).check("broken-links");
        assertPartial(o);
        assertEvidence(o, ex(SITE + "lent", "timeout ← " + SITE + "a"), ex(SITE + "orphelin", "HTTP 500"));
    }

    @Test
    void fiveBrokenLinksArePartialAndSixFailByDefault() {
        List<BrokenLink> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(broken("b" + i, 404, SITE));
        }
        assertPartial(CheckRun.of(home()).crawl(withBroken(five)).check("broken-links"));
        List<BrokenLink> six = new ArrayList<>(five);
        six.add(broken("b5", 410, SITE));
        Outcome o = CheckRun.of(home()).crawl(withBroken(six)).check("broken-links");
        assertFail(o);
        assertEquals(6, o.evidence().count());
        assertTrue(urls(o).contains(SITE + "b5"));
    }

    @Test
    void maxAndPartialMaxSetTheLevels() {
        List<BrokenLink> three = List.of(broken("a", 404, SITE), broken("b", 404, SITE), broken("c", 404, SITE));
        assertPass(CheckRun.of(home()).crawl(withBroken(three)).check("broken-links", Map.of("max", 3)));
        assertPartial(CheckRun.of(home()).crawl(withBroken(three))
                .check("broken-links", Map.of("max", 1, "partialMax", 3)));
        assertFail(CheckRun.of(home()).crawl(withBroken(three))
                .check("broken-links", Map.of("max", 1, "partialMax", 2)));
        assertFail(CheckRun.of(home()).crawl(withBroken(List.of(broken("a", 404, SITE))))
                .check("broken-links", Map.of("partialMax", 0)));
    }

    @Test
    void partialMaxDefaultsToNoLessThanMax() {
        List<BrokenLink> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(broken("b" + i, 404, SITE));
        }
        assertPass(CheckRun.of(home()).crawl(withBroken(eight)).check("broken-links", Map.of("max", 10)));
    }

    @Test
    void evidenceKeepsTwentyBrokenLinksAndCountsThemAll() {
        List<BrokenLink> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(broken("b" + i, 404, SITE));
        }
        Outcome o = CheckRun.of(home()).crawl(withBroken(many)).check("broken-links");
        assertFail(o);
        assertEquals(20, o.evidence().examples().size());
        assertEquals(30, o.evidence().count());
    }

    @Test
    void brokenLinksMaxAsTextIsRefused() {
        assertNames(badParams("broken-links", Map.of("max", "two")), "max");
    }

    // ---- redirect-chains

    @Test
    void singleRedirectsPass() {
        Outcome o = CheckRun.of(home(), page("a").redirect(SITE + "old-a", 301, SITE + "a")).check("redirect-chains");
        assertPass(o);
        assertEquals(0, o.evidence().count());
    }

    @Test
    void aChainOfTwoHopsIsPartial() {
        PageBuilder chained = PageBuilder.page("http://example.fr/old").finalUrl(SITE + "new")
                .redirect("http://example.fr/old", 301, "https://example.fr/old")
                .redirect("https://example.fr/old", 301, SITE + "new");
        Outcome o = CheckRun.of(home(), chained).check("redirect-chains");
        assertPartial(o);
        assertEvidence(o, ex("http://example.fr/old", "2 redirections → " + SITE + "new"));
    }

    @Test
    void moreThanThreeChainsFail() {
        List<PageBuilder> pages = new ArrayList<>(List.of(home()));
        for (int i = 0; i < 4; i++) {
            pages.add(page("old" + i).finalUrl(SITE + "new" + i).redirect(SITE + "old" + i, 301, SITE + "mid" + i)
                    .redirect(SITE + "mid" + i, 302, SITE + "new" + i));
        }
        Outcome o = CheckRun.of(pages.toArray(PageBuilder[]::new)).check("redirect-chains");
        assertFail(o);
        assertEquals(4, o.evidence().count());
        assertEquals(List.of(SITE + "old0", SITE + "old1", SITE + "old2", SITE + "old3"), urls(o));
    }

    @Test
    void theStartUrlRedirectsToTheHomeAreNotAChain() {
        PageBuilder home = PageBuilder.home("http://example.fr/").finalUrl(SITE)
                .redirect("http://example.fr/", 301, "https://example.fr/")
                .redirect("https://example.fr/", 301, SITE);
        assertPass(CheckRun.of(home).check("redirect-chains"));
    }

    @Test
    void maxHopsAllowsLongerChains() {
        PageBuilder chained = page("old").finalUrl(SITE + "new").redirect(SITE + "old", 301, SITE + "mid")
                .redirect(SITE + "mid", 301, SITE + "new");
        assertPass(CheckRun.of(home(), chained).check("redirect-chains", Map.of("maxHops", 2)));
        assertPartial(CheckRun.of(home(), page("old").finalUrl(SITE + "new").redirect(SITE + "old", 301, SITE + "new"))
                .check("redirect-chains", Map.of("maxHops", 0)));
    }

    // ---- header

    @Test
    void headerOnTheHomePasses() {
        Outcome o = CheckRun.of(home().header("referrer-policy", "strict-origin-when-cross-origin"), page("a"))
                .check("header", Map.of("name", "referrer-policy"));
        assertPass(o);
        assertEquals(0, o.evidence().count());
        assertEquals("Header present: referrer-policy: strict-origin-when-cross-origin", o.summary().en());
    }

    @Test
    void headerMissingOnTheHomeFails() {
        Outcome o = CheckRun.of(home(), page("a").header("referrer-policy", "no-referrer"))
                .check("header", Map.of("name", "Referrer-Policy"));
        assertFail(o);
        assertEvidence(o, ex(SITE, null));
        assertEquals("No referrer-policy header", o.summary().en());
    }

    @Test
    void headerMustContainTheTextIgnoringCase() {
        Map<String, Object> params = Map.of("name", "x-content-type-options", "contains", "nosniff");
        assertPass(CheckRun.of(home().header("x-content-type-options", "NoSniff")).check("header", params));
        assertFail(CheckRun.of(home().header("x-content-type-options", "sniff-away")).check("header", params));
    }

    @Test
    void frameAncestorsInTheCspStandsInForXFrameOptions() {
        Map<String, Object> params = Map.of("name", "x-frame-options",
                "orContains", Map.of("content-security-policy", "frame-ancestors"));
        Outcome o = CheckRun.of(home().header("content-security-policy", "default-src 'self'; frame-ancestors 'none'"))
                .check("header", params);
        assertPass(o);
        assertEquals("Header present: content-security-policy: default-src 'self'; frame-ancestors 'none'",
                o.summary().en());
        assertPass(CheckRun.of(home().header("x-frame-options", "DENY")).check("header", params));
    }

    @Test
    void aCspWithoutFrameAncestorsDoesNotStandInForXFrameOptions() {
        Map<String, Object> params = Map.of("name", "x-frame-options",
                "orContains", Map.of("content-security-policy", "frame-ancestors"));
        Outcome o = CheckRun.of(home().header("content-security-policy", "default-src 'self'")).check("header", params);
        assertFail(o);
        assertEquals(List.of(SITE), urls(o));
    }

    @Test
    void scopeAllIsPartialWhenSomePagesLackTheHeader() {
        Outcome o = CheckRun.of(home().header("content-security-policy", "default-src 'self'"),
                        page("a").header("content-security-policy", "default-src 'self'"),
                        page("sans-csp"),
                        PageBuilder.resource(SITE + "logo.png", "image/png"),
                        page("absente").status(404))
                .check("header", Map.of("name", "content-security-policy", "scope", "all"));
        assertPartial(o);
        assertEvidence(o, ex(SITE + "sans-csp", null));
        assertEquals("2 of 3 page(s) send content-security-policy", o.summary().en());
    }

    @Test
    void scopeAllPassesWhenEveryPageHasTheHeaderAndFailsWhenNoneHas() {
        Map<String, Object> params = Map.of("name", "content-security-policy", "scope", "all");
        assertPass(CheckRun.of(home().header("content-security-policy", "x"), page("a").header("content-security-policy", "y"))
                .check("header", params));
        Outcome none = CheckRun.of(home(), page("a")).check("header", params);
        assertFail(none);
        assertEquals(List.of(SITE, SITE + "a"), urls(none));
    }

    @Test
    void scopeHomeIgnoresOtherPages() {
        assertPass(CheckRun.of(home().header("content-security-policy", "default-src 'self'"), page("sans-csp"))
                .check("header", Map.of("name", "content-security-policy")));
    }

    @Test
    void headerWithNoPageToLookAtIsNotApplicable() {
        assertNotApplicable(CheckRun.of(home().status(500), page("a").header("referrer-policy", "no-referrer"))
                .check("header", Map.of("name", "referrer-policy")));
    }

    @Test
    void stsHeaderOnAnHttpOnlySiteIsNotApplicable() {
        assertNotApplicable(CheckRun.of(PageBuilder.home(HTTP_SITE))
                .check("header", Map.of("name", "strict-transport-security")));
    }

    @Test
    void headerNameIsRequired() {
        assertNames(badParams("header", Map.of("contains", "nosniff")), "name");
    }

    @Test
    void headerScopeKeyIsRefused() {
        assertNames(badParams("header", Map.of("name", "referrer-policy", "scope", "key")), "scope");
    }

    @Test
    void orContainsMustBeAMap() {
        assertNames(badParams("header", Map.of("name", "x-frame-options", "orContains", "frame-ancestors")),
                "orContains");
    }

    // ---- hsts

    @Test
    void longHstsPasses() {
        String value = "max-age=31536000; includeSubDomains; preload";
        Outcome o = CheckRun.of(home().header("strict-transport-security", value)).check("hsts");
        assertPass(o);
        assertEvidence(o, ex(SITE, "strict-transport-security: " + value));
        assertEquals("HSTS on (max-age 31536000 s)", o.summary().en());
    }

    @Test
    void quotedMaxAgeAfterOtherDirectivesIsRead() {
        Outcome o = CheckRun.of(home().header("strict-transport-security", "includeSubDomains; MAX-AGE=\"63072000\""))
                .check("hsts");
        assertPass(o);
        assertEquals("HSTS on (max-age 63072000 s)", o.summary().en());
    }

    @Test
    void maxAgeAtTheMinimumPasses() {
        assertPass(CheckRun.of(home().header("strict-transport-security", "max-age=15552000")).check("hsts"));
    }

    @Test
    void shortHstsIsPartial() {
        Outcome o = CheckRun.of(home().header("strict-transport-security", "max-age=86400; includeSubDomains"))
                .check("hsts");
        assertPartial(o);
        assertEquals("HSTS too short (max-age 86400 s)", o.summary().en());
        assertEvidence(o, ex(SITE, "strict-transport-security: max-age=86400; includeSubDomains"));
    }

    @Test
    void hstsWithoutAReadableMaxAgeIsPartial() {
        assertPartial(CheckRun.of(home().header("strict-transport-security", "includeSubDomains")).check("hsts"));
        assertPartial(CheckRun.of(home().header("strict-transport-security", "max-age=forever")).check("hsts"));
    }

    @Test
    void maxAgeWithSpacesAroundTheEqualsSignIsRead() {
        assertPass(CheckRun.of(home().header("strict-transport-security", "max-age = 31536000")).check("hsts"));
    }

    @Test
    void minMaxAgeIsAParam() {
        PageBuilder oneDay = home().header("strict-transport-security", "max-age=86400");
        assertPass(CheckRun.of(oneDay).check("hsts", Map.of("minMaxAge", 86_400)));
        assertNames(badParams("hsts", Map.of("minMaxAge", "6 months")), "minMaxAge");
    }

    @Test
    void missingHstsFails() {
        Outcome o = CheckRun.of(home()).check("hsts");
        assertFail(o);
        assertEvidence(o, ex(SITE, "HTTP 200"));
        assertEquals("No Strict-Transport-Security header", o.summary().en());
    }

    @Test
    void siteWithoutHttpsFailsHsts() {
        Outcome o = CheckRun.of(PageBuilder.home(HTTP_SITE).header("strict-transport-security", "max-age=31536000"))
                .check("hsts");
        assertFail(o);
        assertEquals("No HTTPS, so no HSTS", o.summary().en());
    }

    // ---- text-file

    private static final String SECURITY_TXT = """
            # Boulangerie Martin
            Contact: mailto:security@example.fr
            Expires: 2027-06-30T00:00:00.000Z
            Preferred-Languages: fr, en
            """;

    private static Outcome securityTxt(TextFile file) {
        return CheckRun.of(home()).crawl(withOutside(textFiles(file, null)))
                .check("text-file", Map.of("file", "security.txt"));
    }

    @Test
    void securityTxtWithContactNotExpiredPasses() {
        Outcome o = securityTxt(found(SECURITY_URL, SECURITY_TXT));
        assertPass(o);
        assertEvidence(o, ex(SECURITY_URL, "# Boulangerie Martin | Contact: mailto:security@example.fr | Expires: 2027-06-30T00:00:00.000Z"));
        assertEquals("security.txt present", o.summary().en());
    }

    @Test
    void securityTxtWithoutContactIsPartial() {
        Outcome o = securityTxt(found(SECURITY_URL, "Expires: 2027-06-30T00:00:00Z\nPolicy: " + SITE + "securite\n"));
        assertPartial(o);
        assertEquals("security.txt without a Contact: line", o.summary().en());
        assertEquals(List.of(SECURITY_URL), urls(o));
    }

    @Test
    void contactInACommentDoesNotCount() {
        assertPartial(securityTxt(found(SECURITY_URL, "# Contact: nobody\nExpires: 2027-06-30T00:00:00Z\n")));
    }

    @Test
    void fieldNamesAreCaseInsensitive() {
        assertPass(securityTxt(found(SECURITY_URL, "CONTACT: https://example.fr/contact\nexpires: 2027-01-01T00:00:00Z\n")));
    }

    @Test
    void securityTxtExpiredBeforeTheCrawlIsPartial() {
        // CheckRun.NOW is 2026-11-23T10:00:00Z: the file expired the day before.
        Outcome o = securityTxt(found(SECURITY_URL, "Contact: mailto:security@example.fr\nExpires: 2026-11-22T10:00:00Z\n"));
        assertPartial(o);
        assertEquals("security.txt has expired (Expires: passed)", o.summary().en());
    }

    @Test
    void securityTxtExpiringAfterTheCrawlPasses() {
        // 11:30 at +01:00 is 10:30 UTC, half an hour after NOW.
        assertPass(securityTxt(found(SECURITY_URL, "Contact: mailto:s@example.fr\nExpires: 2026-11-23T11:30:00+01:00\n")));
    }

    @Test
    void expiresWithAnOffsetIsComparedAsAnInstant() {
        // 11:30 at +02:00 is 09:30 UTC, before NOW (10:00 UTC).
        assertPartial(securityTxt(found(SECURITY_URL, "Contact: mailto:s@example.fr\nExpires: 2026-11-23T11:30:00+02:00\n")));
    }

    @Test
    void unreadableExpiresIsNotTakenAsExpired() {
        assertPass(securityTxt(found(SECURITY_URL, "Contact: mailto:s@example.fr\nExpires: someday\n")));
    }

    @Test
    void securityTxtWithoutContactIsAcceptedWhenNotRequired() {
        Outcome o = CheckRun.of(home())
                .crawl(withOutside(textFiles(found(SECURITY_URL, "Policy: " + SITE + "securite\n"), null)))
                .check("text-file", Map.of("file", "security.txt", "requireContact", false));
        assertPass(o);
    }

    @Test
    void securityTxtAbsentFails() {
        Outcome o = securityTxt(notFound(SECURITY_URL));
        assertFail(o);
        assertEvidence(o, ex(SECURITY_URL, "HTTP 404"));
        assertEquals("No security.txt", o.summary().en());
    }

    @Test
    void htmlServedInsteadOfSecurityTxtFails() {
        Outcome o = securityTxt(new TextFile(SECURITY_URL, 200, "text/html", null, false, "not a text file"));
        assertFail(o);
        assertEvidence(o, ex(SECURITY_URL, "not a text file"));
    }

    @Test
    void securityTxtNotCheckedIsNotApplicable() {
        assertNotApplicable(securityTxt(null));
        assertNotApplicable(CheckRun.of(home()).check("text-file", Map.of("file", "security.txt")));
    }

    @Test
    void llmsTxtPresentPassesWithoutAnyContactLine() {
        Outcome o = CheckRun.of(home())
                .crawl(withOutside(textFiles(notFound(SECURITY_URL), found(LLMS_URL, "# Boulangerie Martin\n\n> Pains et gâteaux à Lyon\n"))))
                .check("text-file", Map.of("file", "llms.txt"));
        assertPass(o);
        assertEvidence(o, ex(LLMS_URL, "# Boulangerie Martin | > Pains et gâteaux à Lyon"));
    }

    @Test
    void llmsTxtWithAnExpiresLineIsNotJudgedOnIt() {
        assertPass(CheckRun.of(home())
                .crawl(withOutside(textFiles(null, found(LLMS_URL, "# Site\nExpires: 2020-01-01T00:00:00Z\n"))))
                .check("text-file", Map.of("file", "llms.txt")));
    }

    @Test
    void llmsTxtAbsentFails() {
        Outcome o = CheckRun.of(home())
                .crawl(withOutside(textFiles(found(SECURITY_URL, SECURITY_TXT), notFound(LLMS_URL))))
                .check("text-file", Map.of("file", "llms.txt"));
        assertFail(o);
        assertEvidence(o, ex(LLMS_URL, "HTTP 404"));
    }

    @Test
    void textFileMustBeNamedAndKnown() {
        assertNames(badParams("text-file", Map.of()), "file");
        assertNames(badParams("text-file", Map.of("file", "humans.txt")), "file");
        assertNames(badParams("text-file", Map.of("file", "security.txt", "requireContact", "yes")), "requireContact");
    }

    // ---- ai-crawlers

    private static Outcome aiCrawlers(TextFile llms, Robots robots) {
        return CheckRun.of(home()).crawl(CheckRun.crawl(robots, List.of(), List.of(), textFiles(null, llms)))
                .check("ai-crawlers");
    }

    @Test
    void llmsTxtAndRulesForAnAiCrawlerPass() {
        Outcome o = aiCrawlers(found(LLMS_URL, "# Site\n"), robots(disallow("*", "/admin/"), disallow("GPTBot", "/")));
        assertPass(o);
        assertEvidence(o, ex(LLMS_URL, "llms.txt"), ex(ROBOTS_URL, "User-agent: gptbot"));
        assertEquals("llms.txt present, 1 AI crawler(s) named in robots.txt", o.summary().en());
    }

    @Test
    void llmsTxtWithoutAiRulesIsPartial() {
        Outcome o = aiCrawlers(found(LLMS_URL, "# Site\n"), robots(disallow("*", "/admin/"), disallow("Googlebot", "/tmp/")));
        assertPartial(o);
        assertEvidence(o, ex(LLMS_URL, "llms.txt"));
        assertPartial(aiCrawlers(found(LLMS_URL, "# Site\n"), null));
    }

    @Test
    void aiRulesWithoutLlmsTxtArePartial() {
        Outcome o = aiCrawlers(notFound(LLMS_URL),
                robots(group(List.of("ClaudeBot", "Google-Extended"), List.of("/blog/"), List.of("/")),
                        disallow("CCBot", "/"), disallow("ccbot", "/private/")));
        assertPartial(o);
        assertEvidence(o, ex(ROBOTS_URL, "User-agent: claudebot"), ex(ROBOTS_URL, "User-agent: google-extended"),
                ex(ROBOTS_URL, "User-agent: ccbot"));
        assertEquals("no llms.txt, 3 AI crawler(s) named in robots.txt", o.summary().en());
    }

    @Test
    void neitherLlmsTxtNorAiRulesFails() {
        Outcome o = aiCrawlers(notFound(LLMS_URL), robots(disallow("*", "/")));
        assertFail(o);
        assertEquals(0, o.evidence().count());
        assertFail(aiCrawlers(null, null));
        assertFail(CheckRun.of(home()).check("ai-crawlers"));
    }

    @Test
    void llmsTxtThatIsNotTextDoesNotCount() {
        assertFail(aiCrawlers(new TextFile(LLMS_URL, 200, "text/html", null, false, "not a text file"), null));
    }

    // ---- http2

    @Test
    void homeOverHttp2Passes() {
        Outcome o = CheckRun.of(home()).crawl(withOutside(protocol("HTTP/2", null))).check("http2");
        assertPass(o);
        assertEvidence(o, ex(SITE, "HTTP/2"));
        assertEquals("Served over HTTP/2", o.summary().en());
    }

    @Test
    void homeOverHttp11Fails() {
        Outcome o = CheckRun.of(home()).crawl(withOutside(protocol("HTTP/1.1", null))).check("http2");
        assertFail(o);
        assertEvidence(o, ex(SITE, "HTTP/1.1"));
        assertEquals("Served over HTTP/1.1 only", o.summary().en());
    }

    @Test
    void http3AdvertisedInAltSvcPasses() {
        String altSvc = "h3=\":443\"; ma=86400";
        Outcome o = CheckRun.of(home()).crawl(withOutside(protocol("HTTP/1.1", altSvc))).check("http2");
        assertPass(o);
        assertEvidence(o, ex(SITE, "HTTP/1.1, alt-svc: " + altSvc));
        assertEquals("Served over HTTP/1.1 (HTTP/3 advertised)", o.summary().en());
    }

    @Test
    void evidenceShowsTheFinalHomeUrl() {
        Outcome o = CheckRun.of(PageBuilder.home("https://example.fr/").finalUrl(SITE))
                .crawl(withOutside(protocol("HTTP/2", null))).check("http2");
        assertEquals(List.of(SITE), urls(o));
    }

    @Test
    void http2IsNotApplicableOnAnHttpSite() {
        Outcome o = CheckRun.of(PageBuilder.home(HTTP_SITE)).crawl(withOutside(protocol("HTTP/1.1", null))).check("http2");
        assertNotApplicable(o);
        assertEquals("HTTP version not visible (no HTTPS, or not checked)", o.summary().en());
    }

    @Test
    void http2IsNotApplicableWhenTheVersionIsUnknown() {
        assertNotApplicable(CheckRun.of(home()).crawl(withOutside(protocol(null, null))).check("http2"));
        assertNotApplicable(CheckRun.of(home()).check("http2"));
    }

    // ---- parameters of checks that take none

    @Test
    void checksWithoutParamsRefuseAnyNamingIt() {
        for (String id : List.of("home-reachable", "home-https", "home-indexable", "http-to-https", "sitemap",
                "ai-crawlers", "http2")) {
            IllegalArgumentException e = badParams(id, Map.of("scope", "all"));
            assertNames(e, "scope");
            assertTrue(e.getMessage().contains("takes none"), id + ": " + e.getMessage());
        }
    }

    @Test
    void unknownKeyIsRefusedNamingIt() {
        IllegalArgumentException e = badParams("broken-links", Map.of("max", 0, "maximum", 3));
        assertNames(e, "maximum");
        assertTrue(e.getMessage().contains("partialMax"), "the known keys are listed: " + e.getMessage());
    }

    @Test
    void badParamsAreRefusedByTheCheckItself() {
        Params params = new Params(Map.of("minMaxAge", 1.5));
        assertNames(assertThrows(IllegalArgumentException.class, () -> Checks.byId("hsts").start(params)), "minMaxAge");
    }

    @Test
    void redirectChainsMaxHopsMustBeAWholeNumber() {
        assertNames(badParams("redirect-chains", Map.of("maxHops", "1")), "maxHops");
    }
}
