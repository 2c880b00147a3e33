package dev.vitrine.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditDefinition.Competitor;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.Comparison;
import dev.vitrine.model.Comparison.Advantage;
import dev.vitrine.model.Comparison.CompanyScore;
import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A company and two competitors audited in one run: one competitor on WireMock has what the
 * company lacks (meta descriptions, a Facebook page) and links to the company; the other
 * cannot be reached (a closed port). The run still succeeds, result.json holds the
 * comparison, and the report gains a comparison page that shows it safely.
 */
class CompetitorComparisonTest {

    static final String COMPANY = "Boulangerie Martin";
    static final String DUPONT = "Maison Dupont";
    static final String CLOSED = "Fermé & Cie";
    /** Link text on the competitor's site: untrusted, shown as text only. */
    static final String ANCHOR = "<script>alert('anchor')</script> nos confrères";

    static WireMockServer company;
    static WireMockServer dupont;
    static Path runDir;
    static AuditResult result;
    static String log;

    @BeforeAll
    static void auditTheCompanyAndItsCompetitors() throws IOException {
        company = start();
        dupont = start();
        html(company, "/", page("Boulangerie Martin", null, "<h1>Boulangerie Martin</h1><a href=\"/pain/\">Nos pains</a>"));
        html(company, "/pain/", page("Nos pains", null, "<h1>Nos pains</h1><a href=\"/\">Accueil</a>"));
        String description = "Maison Dupont, boulangerie artisanale : pains au levain, viennoiseries et gâteaux faits maison chaque jour.";
        String footer = "<footer><a href=\"https://www.facebook.com/maisondupont\">Facebook</a> <a href=\"" + origin(company)
                + "/\">" + ANCHOR.replace("<", "&lt;").replace(">", "&gt;") + "</a></footer>";
        html(dupont, "/", page("Maison Dupont", description, "<h1>Maison Dupont</h1><a href=\"/contact/\">Contact</a>" + footer));
        html(dupont, "/contact/", page("Contacter Maison Dupont", description, "<h1>Contact</h1><a href=\"/\">Accueil</a>" + footer));

        AuditDefinition audit = new AuditDefinition("martin", COMPANY, URI.create(origin(company) + "/"), "fr",
                List.of("visibility"), List.of(new Competitor(DUPONT, URI.create(origin(dupont) + "/")),
                        new Competitor(CLOSED, URI.create("http://127.0.0.1:" + closedPort() + "/"))), null, null);
        StringWriter out = new StringWriter();
        runDir = new Vitrine(new PrintWriter(out), false, Clock.systemUTC())
                .audit(audit, CrawlSettings.DEFAULTS.withDelayMillis(0),
                        ReportFixtures.temp("competitors")).runDir();
        log = out.toString();
        result = ReportFixtures.result(runDir);
    }

    @AfterAll
    static void stop() {
        company.stop();
        dupont.stop();
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<h1>Introuvable</h1>")));
        return server;
    }

    /** 127.0.0.1, as the server is bound: "localhost" may resolve to ::1 first. */
    private static String origin(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static void html(WireMockServer server, String path, String document) {
        server.stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(document)));
    }

    private static String page(String title, String description, String body) {
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + (description == null ? "" : "<meta name=\"description\" content=\"" + description + "\">")
                + "</head><body>" + body + "</body></html>";
    }

    /** A port nothing listens on: opened, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static CompanyScore named(Comparison c, String name) {
        return c.companies().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + c.companies()));
    }

    @Test
    void comparesTheCompanyWithTheCompetitorThatCouldBeCrawled() {
        Comparison c = result.comparison();
        assertNotNull(c, "result.json holds the comparison");
        assertEquals(List.of(COMPANY, DUPONT, CLOSED), c.companies().stream().map(CompanyScore::name).toList());
        assertTrue(c.companies().get(0).self());
        CompanyScore dupontScore = named(c, DUPONT);
        assertNull(dupontScore.error());
        assertNotNull(dupontScore.overall());
        assertEquals(2, dupontScore.pages());
        assertEquals(List.of("facebook"), dupontScore.social());
        assertEquals(List.of(), named(c, COMPANY).social());
        assertEquals("competitors/maison-dupont", dupontScore.runFolder());
        assertTrue(Files.isRegularFile(runDir.resolve("competitors/maison-dupont/result.json")));
        assertTrue(Files.isRegularFile(runDir.resolve("competitors/maison-dupont/pages.jsonl")));
        assertTrue(log.contains("competitor 1/2: " + DUPONT), log);
    }

    @Test
    void listsTheMetaDescriptionsTheCompetitorHasAndTheCompanyLacks() {
        Advantage descriptions = result.comparison().theyHaveIt().stream()
                .filter(a -> a.criterion().equals("descriptions-present")).findFirst()
                .orElseThrow(() -> new AssertionError("theyHaveIt: " + result.comparison().theyHaveIt()));
        assertEquals(List.of(DUPONT), descriptions.competitors());
        assertEquals(0.0, descriptions.companyScore());
        List<Advantage> all = result.comparison().theyHaveIt();
        for (int i = 1; i < all.size(); i++) {
            int previous = weight(all.get(i - 1).criterion());
            assertTrue(previous >= weight(all.get(i).criterion()), "heaviest first: " + all);
        }
    }

    private static int weight(String criterion) {
        return result.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow().weight();
    }

    @Test
    void recordsTheCompetitorsLinkToTheCompany() {
        List<CrossLink> links = result.comparison().crossLinks();
        assertEquals(2, links.size(), links.toString());
        CrossLink first = links.get(0);
        assertEquals(DUPONT, first.from());
        assertEquals(COMPANY, first.to());
        assertEquals(origin(company) + "/", first.targetUrl());
        assertEquals(ANCHOR, first.anchor());
    }

    @Test
    void recordsTheUnreachableCompetitorWithItsReasonAndStillSucceeds() {
        CompanyScore closed = named(result.comparison(), CLOSED);
        assertNotNull(closed.error());
        assertTrue(closed.error().contains("127.0.0.1"), closed.error());
        assertNull(closed.overall());
        assertNotNull(result.overallScore(), "the company is scored all the same");
        assertTrue(Files.isRegularFile(runDir.resolve("site/index.html")));
        assertTrue(log.contains(CLOSED + " not audited"), log);
    }

    @Test
    void showsTheComparisonPageLinkedFromTheNavigation() {
        Path page = runDir.resolve("site/comparison.html");
        assertTrue(Files.isRegularFile(page));
        Document doc = SiteLinkChecker.parse(page);
        String text = doc.text();
        for (String expected : List.of(COMPANY, DUPONT, CLOSED, "Ils l’ont, pas vous",
                "Toutes les pages ont une meta description", ANCHOR, named(result.comparison(), CLOSED).error())) {
            assertTrue(text.contains(expected), "comparison.html shows " + expected);
        }
        assertEquals(1, doc.select("tr.is-overall td.is-best:not(.is-self)").size(),
                "the competitor, with what the company lacks, has the best overall score");
        assertEquals(1, doc.select("tr.is-overall td.is-self").size(), "the company's column is highlighted");
        assertFalse(doc.select("svg.bar-chart rect.bar-chart__bar").isEmpty(), "the chart has bars");
        assertEquals(1, doc.select("a[href^=element-presence.html#c-descriptions-present]").size());
        assertEquals(1, SiteLinkChecker.parse(runDir.resolve("site/index.html")).select("a[href=comparison.html]").size());
    }

    @Test
    void theReportStaysSelfContainedAndRunsNothingTheCompetitorWrote() {
        Path site = runDir.resolve("site");
        List<String> problems = SiteLinkChecker.check(site, COMPANY);
        assertEquals(List.of(), problems, () -> SiteLinkChecker.describe(problems));
        Path page = site.resolve("comparison.html");
        assertEquals(List.of(), HostileSite.problems(SiteLinkChecker.parse(page), "comparison.html"));
        assertFalse(ReportFixtures.read(page).toLowerCase(Locale.ROOT).contains("<script>alert"));
    }

    @Test
    void rescoreKeepsTheComparisonAndTheReasonOfTheUnreachableCompetitor() throws IOException {
        Path copy = ReportFixtures.copyOf(runDir, "competitors-rescore");
        Files.delete(copy.resolve("competitors/maison-dupont/result.json"));

        AuditResult rescored = ReportFixtures.vitrine().rescore(copy, null);

        Comparison c = rescored.comparison();
        assertNotNull(c);
        assertEquals(result.comparison().companies().stream().map(CompanyScore::overall).toList(),
                c.companies().stream().map(CompanyScore::overall).toList());
        assertEquals(named(result.comparison(), CLOSED).error(), named(c, CLOSED).error());
        assertEquals(result.comparison().theyHaveIt().size(), c.theyHaveIt().size());
        assertEquals(result.comparison().crossLinks(), c.crossLinks());
        assertTrue(Files.isRegularFile(copy.resolve("competitors/maison-dupont/result.json")), "scored again");
        assertNotNull(Json.MAPPER.readValue(copy.resolve(Vitrine.RESULT_FILE).toFile(), AuditResult.class).comparison());
        assertTrue(Files.isRegularFile(copy.resolve("site/comparison.html")));
    }

    @Test
    void aRunWithoutCompetitorsHasNoComparisonPage() throws IOException {
        Path copy = ReportFixtures.copyOf(runDir, "competitors-none");
        Json.pretty().writeValue(copy.resolve(Vitrine.RESULT_FILE).toFile(), result.withComparison(null));

        ReportFixtures.vitrine().render(copy, null, List.of());

        assertFalse(Files.exists(copy.resolve("site/comparison.html")));
        assertTrue(SiteLinkChecker.parse(copy.resolve("site/index.html")).select("a[href=comparison.html]").isEmpty());
    }
}
