package dev.vitrine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.History;
import dev.vitrine.model.History.Change;
import dev.vitrine.run.RunDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One company site on WireMock audited twice into the same runs folder, a month apart: in
 * between, every page gained a meta description and the footer a privacy policy. The second
 * run's history shows both fixes, a higher score, and links to the first run's report.
 */
class HistoryEndToEndTest {

    static WireMockServer site;
    static Vitrine.AuditRun first;
    static Vitrine.AuditRun second;

    @TempDir
    static Path runs;

    /** The time the runs are named and scored with: moved forward between the two runs. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static String page(String title, String description, boolean privacyLink, String body) {
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + (description == null ? "" : "<meta name=\"description\" content=\"" + description + "\">")
                + "</head><body><nav><a href=\"/\">Accueil</a> <a href=\"/services/\">Services</a> "
                + "<a href=\"/contact/\">Contact</a></nav><h1>" + title + "</h1>" + body
                + "<footer><a href=\"/mentions-legales/\">Mentions légales</a>"
                + (privacyLink ? " <a href=\"/confidentialite/\">Politique de confidentialité</a>" : "")
                + "</footer></body></html>";
    }

    /** The site as it is at one run: {@code fixed} after the company acted on the first report. */
    private static void publish(boolean fixed) {
        site.resetMappings();
        site.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404).withBody("not found")));
        stub("/", page("Menuiserie Roux, menuisier à Lyon",
                "Menuiserie Roux : fenêtres, portes et agencements sur mesure à Lyon depuis 1987.", fixed,
                "<p>Votre menuisier à Lyon.</p>"));
        stub("/services/", page("Nos services de menuiserie", fixed
                ? "Fenêtres, portes, escaliers et agencements intérieurs en bois massif, fabriqués dans notre atelier." : null,
                fixed, "<p>Fenêtres, portes, escaliers.</p>"));
        stub("/contact/", page("Contacter la Menuiserie Roux", fixed
                ? "Demandez un devis gratuit pour vos fenêtres, portes ou agencements à la Menuiserie Roux à Lyon." : null,
                fixed, "<p>Écrivez-nous : <a href=\"mailto:contact@menuiserie-roux.fr\">contact@menuiserie-roux.fr</a></p>"));
        stub("/mentions-legales/", page("Mentions légales de la Menuiserie Roux",
                "Éditeur du site, hébergeur et informations légales de la société Menuiserie Roux SARL à Lyon.", fixed,
                "<p>Menuiserie Roux SARL.</p>"));
        if (fixed) {
            stub("/confidentialite/", page("Politique de confidentialité de la Menuiserie Roux",
                    "Quelles données personnelles la Menuiserie Roux collecte, pourquoi, et comment exercer vos droits.",
                    true, "<p>Vos données personnelles.</p>"));
        }
    }

    private static void stub(String path, String html) {
        site.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
    }

    @BeforeAll
    static void auditTheSiteTwice() throws IOException {
        site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        site.start();
        AuditDefinition audit = new AuditDefinition("roux", "Menuiserie Roux", URI.create(site.baseUrl() + "/"),
                "fr", List.of("visibility"), List.of(), null, null);
        CrawlSettings settings = CrawlSettings.DEFAULTS.withDelayMillis(0);
        MovableClock clock = new MovableClock(Instant.parse("2026-10-24T10:15:00Z"));
        Vitrine vitrine = new Vitrine(new PrintWriter(new StringWriter()), false, clock);

        publish(false);
        first = vitrine.audit(audit, settings, runs);

        // an interrupted run between the two, holding a result.json: it must never become "previous"
        Path interrupted = Files.createDirectories(runs.resolve(RunDirectory.PARTIAL_PREFIX + "2026-11-10T090000Z-0badc0de"));
        Files.writeString(interrupted.resolve(Vitrine.RESULT_FILE), Files.readString(first.runDir().resolve(Vitrine.RESULT_FILE))
                .replace("\"overallScore\" : ", "\"overallScore\" : 1"));

        publish(true);
        clock.set(Instant.parse("2026-11-24T10:15:00Z"));
        second = vitrine.audit(audit, settings, runs);
    }

    @AfterAll
    static void stop() {
        site.stop();
    }

    @Test
    void theFirstRunHasNoHistory() {
        assertTrue(first.history().isEmpty());
        assertTrue(Files.notExists(first.runDir().resolve("site/history.html")));
    }

    @Test
    void theSecondRunShowsTheFixedFindingsAndAPositiveDelta() {
        History history = second.history();
        assertEquals(first.runDir().getFileName().toString(), history.previous().runId());
        assertEquals("2026-11-24T101500Z", second.runDir().getFileName().toString());
        List<String> fixed = history.fixed().stream().map(Change::criterion).toList();
        assertTrue(fixed.contains("descriptions-present"), fixed.toString());
        assertTrue(fixed.contains("privacy-policy"), fixed.toString());
        assertNotNull(history.overallDelta());
        assertTrue(history.overallDelta() > 0, "delta " + history.overallDelta());
        assertEquals(second.result().overallScore() - first.result().overallScore(), history.overallDelta(), 1e-9);
        assertTrue(history.elementDelta("security") > 0, "the privacy policy lifts the security element");
    }

    @Test
    void theSecondReportLinksToTheFirstOneAndListsTheFix() throws IOException {
        Path site = second.runDir().resolve("site");
        Document page = Jsoup.parse(site.resolve("history.html").toFile(), "UTF-8");

        List<String> reports = page.select("a.history-runs__link").eachAttr("href");
        assertEquals(List.of("../../" + first.runDir().getFileName() + "/site/index.html"), reports);
        assertTrue(Files.isRegularFile(site.resolve(reports.get(0)).normalize()), "an existing file");
        assertEquals(first.runDir().resolve("site/index.html").toRealPath(), site.resolve(reports.get(0)).toRealPath());

        Element fixed = page.selectFirst(".card--strengths");
        assertTrue(fixed.text().contains("Toutes les pages ont une meta description"), fixed.text());
        assertTrue(fixed.select("a").eachAttr("href").contains("element-presence.html#c-descriptions-present"));

        Document overview = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element badge = overview.selectFirst("a.delta-badge");
        assertNotNull(badge);
        assertTrue(badge.text().startsWith("+"), badge.text());
        assertEquals("history.html", badge.attr("href"));
    }
}
