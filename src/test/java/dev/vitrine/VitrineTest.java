package dev.vitrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.vitrine.crawl.SiteCrawler;
import dev.vitrine.demo.DemoAudit;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.Comparison;
import dev.vitrine.model.Verdict;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.Json;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.VitrineException;
import dev.vitrine.offsite.OffsiteStage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the bundled demo, as {@code vitrine demo} runs it (the company's site,
 * the partner site linking to it, a backlinks export; profiles not verified): the gaps the
 * demo was written with are found, and offsite.json shows each kind of backlink.
 */
class VitrineTest {

    @TempDir
    static Path runs;
    static DemoAudit demo;
    static Vitrine.AuditRun run;
    static Map<String, PageFacts> pages;
    static Offsite offsite;

    @BeforeAll
    static void auditTheDemo() throws IOException {
        demo = DemoAudit.start();
        // as DemoCommand runs it: local partner site, no pause between its pages
        run = new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC(),
                s -> new OffsiteStage.Settings(s.verifyProfiles(), s.userAgent(), s.timeout(), Duration.ZERO, s.route()))
                .audit(demo.definition(), CrawlSettings.DEFAULTS.withDelayMillis(0).withVerifyProfiles(false), runs,
                        demo.folder());
        pages = readPages(run.runDir().resolve("pages.jsonl")).stream()
                .collect(Collectors.toMap(p -> path(p.url()), Function.identity()));
        offsite = Json.MAPPER.readValue(run.runDir().resolve(Offsite.FILE).toFile(), Offsite.class);
    }

    @AfterAll
    static void stopTheDemo() {
        demo.close();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    @Test
    void findsEveryLinkedPageAndTheOrphanFromTheSitemap() {
        CrawlSummary crawl = run.crawl();
        assertTrue(crawl.totals().htmlPages() >= 24, "HTML pages: " + crawl.totals().htmlPages());
        assertTrue(pages.keySet().containsAll(List.of("/", "/contact/", "/devis/", "/faq/", "/blog/",
                "/realisations/cuisine-croix-rousse/", "/mentions-legales/", "/cgv/")), pages.keySet().toString());
        assertEquals(-1, pages.get("/offre-automne/").depth(), "only the sitemap leads to it");
        assertNull(crawl.stoppedBy());
    }

    @Test
    void findsTheBrokenLinkAndThePageLinkingToIt() {
        List<CrawlSummary.BrokenLink> broken = run.crawl().brokenLinks();
        assertEquals(1, broken.size(), broken.toString());
        assertEquals("/blog/guide-eclairage-2024/", path(broken.get(0).url()));
        assertEquals(404, broken.get(0).status());
        assertEquals(List.of("/blog/eclairage-exterieur-jardin/"), broken.get(0).linkedFrom().stream()
                .map(VitrineTest::path).toList());
    }

    @Test
    void findsThePageWithoutDescriptionAndNoHsts() {
        List<String> withoutDescription = pages.values().stream()
                .filter(p -> p.isHtml() && p.status() == 200 && p.metaDescription() == null)
                .map(p -> path(p.url())).toList();
        assertEquals(List.of("/realisations/cuisine-croix-rousse/"), withoutDescription);
        assertFalse(pages.get("/").headers().containsKey("strict-transport-security"));
    }

    @Test
    void findsNoPrivacyPolicyLink() {
        boolean privacyLink = pages.values().stream().flatMap(p -> p.links().stream())
                .anyMatch(l -> l.href().contains("confidentialite") || l.href().contains("privacy"));
        assertFalse(privacyLink);
    }

    @Test
    void tellsVisibleProfilesFromTheYoutubeOneOnlyInSameAs() {
        PageFacts home = pages.get("/");
        List<String> linked = home.social().stream().filter(s -> s.source().equals("link"))
                .map(PageFacts.SocialLink::platform).sorted().toList();
        assertEquals(List.of("facebook", "instagram", "linkedin"), linked);
        assertTrue(home.social().stream().anyMatch(s -> s.platform().equals("youtube") && s.source().equals("json-ld")));
        assertTrue(pages.values().stream().flatMap(p -> p.social().stream())
                .noneMatch(s -> s.platform().equals("youtube") && s.source().equals("link")));
    }

    @Test
    void doesNotTakeShareLinksOrEmbedsForProfiles() {
        PageFacts article = pages.get("/blog/temperature-couleur-led/");
        assertTrue(article.links().stream().anyMatch(l -> l.href().contains("sharer")), "the share link is recorded as a link");
        assertTrue(pages.values().stream().flatMap(p -> p.social().stream())
                .noneMatch(s -> s.url().contains("sharer") || s.url().contains("intent") || s.url().contains("embed")));
    }

    @Test
    void findsTheContactAndQuoteFormsAndTheClickToCallLink() {
        assertTrue(pages.get("/contact/").forms().stream().anyMatch(f -> f.kind() == FormKind.CONTACT));
        assertTrue(pages.get("/devis/").forms().stream().anyMatch(f -> f.kind() == FormKind.QUOTE));
        assertEquals(List.of("+33472102030"), pages.get("/").tel());
        assertTrue(pages.get("/").jsonLdTypes().size() > 0);
    }

    private static AuditResult.Finding finding(String id) {
        return run.result().findings().stream().filter(f -> f.criterion().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id));
    }

    private static boolean evidenceMentions(AuditResult.Finding f, String text) {
        return f.evidence().examples().stream()
                .anyMatch(e -> (e.url() != null && e.url().contains(text)) || (e.value() != null && e.value().contains(text)));
    }

    @Test
    void scoresTheDemoAndFindsEachOfItsDeliberateGaps() {
        AuditResult.Finding descriptions = finding("descriptions-present");
        assertEquals(Verdict.PARTIAL, descriptions.verdict());
        assertTrue(evidenceMentions(descriptions, "/realisations/cuisine-croix-rousse/"));

        AuditResult.Finding broken = finding("no-broken-links");
        assertNotEquals(Verdict.PASS, broken.verdict());
        assertTrue(evidenceMentions(broken, "/blog/guide-eclairage-2024/"));

        assertEquals(Verdict.FAIL, finding("hsts").verdict(), "no HSTS");
        assertEquals(Verdict.FAIL, finding("privacy-policy").verdict(), "no privacy page");
        AuditResult.Finding sameAs = finding("social-same-as");
        assertEquals(Verdict.PARTIAL, sameAs.verdict(), "YouTube only in sameAs");
        assertTrue(evidenceMentions(sameAs, "youtube"), sameAs.evidence().toString());
        assertEquals(Verdict.PASS, finding("contact-form").verdict());
        assertEquals(Verdict.PASS, finding("click-to-call").verdict());
        assertNotEquals(Verdict.PASS, finding("images-alt").verdict(), "three images without alt");
        assertTrue(run.result().socialProfiles().stream().noneMatch(p -> p.url().contains("sharer")),
                "the share link is not a profile");
        assertNotNull(run.result().overallScore());
        assertTrue(Files.exists(run.runDir().resolve(Vitrine.RESULT_FILE)));
    }

    /** The criteria the competitor site was written to pass where the demo company fails (its README). */
    static final List<String> COMPETITOR_ADVANTAGES = List.of("privacy-policy", "customer-reviews",
            "descriptions-present", "open-graph", "social-same-as", "ai-assistants");

    @Test
    void comparesTheDemoWithItsCompetitorOnTheCriteriaItWasWrittenFor() {
        Comparison comparison = run.result().comparison();
        assertNotNull(comparison, "the demo declares a competitor");
        assertEquals(List.of(DemoAudit.COMPANY, DemoAudit.COMPETITOR),
                comparison.companies().stream().map(Comparison.CompanyScore::name).toList());
        Comparison.CompanyScore competitor = comparison.companies().get(1);
        assertNull(competitor.error(), competitor.error());
        assertEquals("competitors/lumen-fils", competitor.runFolder());
        assertEquals(7, competitor.pages());
        assertTrue(Files.isRegularFile(run.runDir().resolve("competitors/lumen-fils").resolve(Vitrine.RESULT_FILE)));

        List<String> theyHaveIt = comparison.theyHaveIt().stream().map(Comparison.Advantage::criterion).toList();
        assertTrue(theyHaveIt.containsAll(COMPETITOR_ADVANTAGES), theyHaveIt.toString());
        // Both sites have an image without alt and a broken internal link: no advantage there.
        assertFalse(theyHaveIt.contains("images-alt"), theyHaveIt.toString());
        assertFalse(theyHaveIt.contains("no-broken-links"), theyHaveIt.toString());
        assertTrue(comparison.theyHaveIt().stream().allMatch(a -> a.competitors().equals(List.of(DemoAudit.COMPETITOR))));
    }

    @Test
    void recordsTheCompetitorsLinkToTheCompanyAndRendersTheComparisonPage() throws IOException {
        List<Comparison.CrossLink> links = run.result().comparison().crossLinks();
        assertEquals(List.of(new Comparison.CrossLink(DemoAudit.COMPETITOR, DemoAudit.COMPANY,
                demo.competitor().url().resolve(DemoAudit.COMPETITOR_LINK_PAGE).toString(), companyUrl("/"),
                "Atelier Lumière")), links);
        Path page = run.runDir().resolve("site/comparison.html");
        assertTrue(Files.isRegularFile(page), "the report has its comparison page");
        String html = Files.readString(page);
        assertTrue(html.contains("Lumen &amp; Fils"), "the competitor is named on the page");
        assertTrue(Files.readString(run.index()).contains("comparison.html"), "linked from the report's home");
    }

    @Test
    void anUnreachableSiteLeavesNoRunBehind(@TempDir Path otherRuns) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AuditDefinition nowhere = new AuditDefinition("x", "X", URI.create("http://127.0.0.1:" + closedPort + "/"),
                "fr", List.of(), List.of(), null, null);
        Vitrine vitrine = new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC());
        VitrineException e = assertThrows(VitrineException.class,
                () -> vitrine.audit(nowhere, CrawlSettings.DEFAULTS, otherRuns));
        assertEquals(4, e.kind().exitCode);
        try (Stream<Path> left = Files.list(otherRuns)) {
            assertEquals(0, left.count());
        }
    }

    private static String companyUrl(String path) {
        return demo.company().url().resolve(path).toString();
    }

    private static String partnerUrl(String path) {
        return demo.partner().url().resolve(path).toString();
    }

    private static Offsite.Source source(String url) {
        return offsite.backlinks().sources().stream().filter(s -> s.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + url + " in " + offsite.backlinks().sources()));
    }

    private static List<Offsite.Backlink> linksFrom(String sourceUrl) {
        return offsite.backlinks().links().stream().filter(l -> l.sourceUrl().equals(sourceUrl)).toList();
    }

    @Test
    void writesOffsiteJsonWithTheProfilesUnverifiedAsTheDemoStaysOffline() throws IOException {
        assertTrue(Files.isRegularFile(run.runDir().resolve(Offsite.FILE)));
        assertFalse(offsite.profilesVerified());
        List<String> own = offsite.profiles().stream().filter(Offsite.Profile::own).map(Offsite.Profile::platform)
                .sorted().toList();
        assertTrue(own.containsAll(List.of("facebook", "instagram", "linkedin")), own.toString());
        assertTrue(offsite.profiles().stream().allMatch(p -> p.verification() == null), "nothing was fetched");
        String crawlJson = Files.readString(run.runDir().resolve(SiteCrawler.CRAWL_FILE));
        assertTrue(crawlJson.contains("\"verifyProfiles\" : false"), "recorded in crawl.json's settings");
    }

    @Test
    void tellsAPartnersProfileMentionedInAnArticleFromTheCompanysOwn() {
        Offsite.Profile partner = offsite.profiles().stream()
                .filter(p -> p.handle().equals("paulverdier.paysages")).findFirst().orElseThrow();
        assertEquals(Offsite.MENTION, partner.role());
        assertEquals(List.of("content"), partner.reasons());
        assertTrue(partner.firstPage().endsWith("/blog/eclairage-exterieur-jardin/"), partner.firstPage());
        assertTrue(offsite.profiles().stream().filter(p -> p.platform().equals("instagram") && p.own())
                .allMatch(p -> p.handle().equals("atelier_lumiere_lyon")), "only the company's own Instagram is own");
    }

    @Test
    void checksEachDeclaredSourceAndGivesItsStatus() {
        assertEquals(Offsite.LINKING, source(partnerUrl(DemoAudit.LISTING)).status());
        assertEquals(Offsite.LINKING, source(partnerUrl(DemoAudit.ARTICLE)).status());
        Offsite.Source lost = source(partnerUrl(DemoAudit.LOST));
        assertEquals(Offsite.LOST, lost.status(), lost.toString());
        assertEquals(200, lost.httpStatus());
        assertEquals(0, lost.links());
        Offsite.Source blocked = source(partnerUrl(DemoAudit.BLOCKED));
        assertEquals(Offsite.BLOCKED, blocked.status(), blocked.toString());
        assertEquals(0, blocked.pagesFetched(), "robots.txt forbids it: never fetched");
        Offsite.Source home = source(partnerUrl("/"));
        assertEquals(1, home.depth());
        assertEquals(Offsite.LINKING, home.status(), home.toString());
        assertTrue(home.pagesFetched() > 1, "depth 1 reads the pages the partner's home links to: " + home);
        assertEquals(4, offsite.backlinks().summary().sourcesChecked(), "declared and fetched: the blocked one is not");
        assertEquals(3, offsite.backlinks().summary().sourcesLinking());
    }

    @Test
    void tellsFollowNofollowAndSponsoredLinksApartWithTheirAnchors() {
        Offsite.Backlink listing = linksFrom(partnerUrl(DemoAudit.LISTING)).stream()
                .filter(l -> l.targetUrl().equals(companyUrl("/"))).findFirst().orElseThrow();
        assertEquals(Offsite.FOLLOW, listing.rel());
        assertEquals("Atelier Lumière", listing.anchor());
        assertEquals("brand", listing.anchorKind());
        assertEquals(200, listing.targetStatus());

        List<Offsite.Backlink> article = linksFrom(partnerUrl(DemoAudit.ARTICLE));
        assertTrue(article.stream().anyMatch(l -> l.anchor().equals("luminaires sur mesure à Lyon")
                && l.anchorKind().equals("exact") && l.rel().equals(Offsite.FOLLOW)), article.toString());
        assertTrue(article.stream().anyMatch(l -> l.rel().equals(Offsite.NOFOLLOW)), article.toString());
        assertTrue(offsite.backlinks().links().stream().anyMatch(l -> l.rel().equals(Offsite.SPONSORED)
                && l.sourceUrl().equals(partnerUrl("/"))), "the partner of the month on the partner's home");
        Offsite.Summary summary = offsite.backlinks().summary();
        assertTrue(summary.followLinks() < summary.links(), summary.toString());
    }

    @Test
    void pointsOutTheBrokenBacklinkTargetThatDeservesARedirect() {
        List<Offsite.BrokenTarget> broken = offsite.backlinks().summary().brokenTargets();
        assertEquals(List.of(companyUrl(DemoAudit.MISSING_TARGET)), broken.stream().map(Offsite.BrokenTarget::url).toList());
        assertEquals(404, broken.get(0).status());
        assertTrue(broken.get(0).from().contains(partnerUrl(DemoAudit.ARTICLE)), broken.toString());
    }

    @Test
    void readsTheImportedExportAndItsLinks() {
        List<Offsite.ImportFile> imports = offsite.backlinks().imports();
        assertEquals(1, imports.size(), imports.toString());
        Offsite.ImportFile file = imports.get(0);
        assertEquals("liens-entrants.csv", file.file(), "named as audit.yaml would, not by a temporary path");
        assertNull(file.error(), file.toString());
        assertEquals("plain", file.format());
        assertEquals(4, file.rows());
        assertEquals(4, file.links());
        List<Offsite.Backlink> imported = offsite.backlinks().links().stream()
                .filter(l -> l.origin().startsWith("import:")).toList();
        assertEquals(4, imported.size(), imported.toString());
        assertEquals(List.of("brand", "exact", "generic", "url"),
                imported.stream().map(Offsite.Backlink::anchorKind).sorted().toList());
        assertTrue(offsite.backlinks().summary().referringDomains() >= 4, offsite.backlinks().summary().toString());
    }

    @Test
    void findsTheDirectoryListingsTheSiteLinksTo() {
        Map<String, Offsite.Directory> listings = offsite.directories().stream()
                .filter(d -> d.foundOn().equals("site"))
                .collect(Collectors.toMap(Offsite.Directory::id, Function.identity(), (a, b) -> a));
        assertTrue(listings.keySet().containsAll(List.of("google-business", "pagesjaunes", "houzz")), listings.toString());
        assertEquals("https://www.pagesjaunes.fr/pros/58123456", listings.get("pagesjaunes").url());
        assertEquals("/contact/", path(listings.get("pagesjaunes").from()));
    }

    @Test
    void anInterruptDuringTheOffsiteChecksLeavesNoRunBehind(@TempDir Path otherRuns) throws Exception {
        CountDownLatch sourceAsked = new CountDownLatch(1);
        HttpServer company = localServer(exchange -> answer(exchange, 200,
                "<!doctype html><html lang=\"fr\"><head><title>Acme</title></head><body><h1>Acme</h1></body></html>"));
        HttpServer partner = localServer(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
                answer(exchange, 404, "");
                return;
            }
            sourceAsked.countDown();
            try {
                Thread.sleep(30_000); // a partner that never answers: only the interrupt ends the wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "<html></html>");
        });
        try {
            URI source = URI.create("http://127.0.0.1:" + partner.getAddress().getPort() + "/annuaire/acme");
            AuditDefinition acme = new AuditDefinition("acme", "Acme", URI.create("http://127.0.0.1:"
                    + company.getAddress().getPort() + "/"), "fr", List.of(), List.of(),
                    new AuditDefinition.Backlinks(List.of(AuditDefinition.Backlinks.Source.of(source)), List.of()), null);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread audit = new Thread(() -> {
                try {
                    new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC())
                            .audit(acme, CrawlSettings.DEFAULTS.withDelayMillis(0).withVerifyProfiles(false), otherRuns);
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "audit-to-interrupt");
            audit.start();
            assertTrue(sourceAsked.await(60, TimeUnit.SECONDS), "the off-site stage asks the source");
            audit.interrupt(); // what Ctrl-C amounts to for the audit's thread
            audit.join(30_000);
            assertFalse(audit.isAlive(), "the interrupt ends the run");
            VitrineException e = assertInstanceOf(VitrineException.class, failure.get());
            assertTrue(e.getMessage().contains("off-site checks") && e.getMessage().contains("interrupted"), e.getMessage());
            try (Stream<Path> left = Files.list(otherRuns)) {
                assertEquals(List.of(), left.toList(), "no run, not even a partial one");
            }
        } finally {
            partner.stop(0);
            company.stop(0);
        }
    }

    private static HttpServer localServer(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vitrine-test-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int status, String html) throws IOException {
        try (exchange) {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static List<PageFacts> readPages(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(line -> {
                try {
                    return Json.MAPPER.readValue(line, PageFacts.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
