package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.History;
import dev.vitrine.model.History.Change;
import dev.vitrine.model.History.ElementDelta;
import dev.vitrine.model.History.RunPoint;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates render a run's history: the history page, its navigation entry and the overview badge. */
class HistoryReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final String EARLIER = "2026-10-24T100000Z";

    @TempDir
    Path tmp;

    /** The fixture run (overall 58,4) after a run of October 24 that scored 52,9, with a report of its own. */
    private static History history() {
        RunPoint october = new RunPoint(EARLIER, Instant.parse("2026-10-24T10:00:00Z"), 52.9, "orange",
                Map.of("presence", 50.0, "marketing", 20.0), "../../" + EARLIER + "/site/index.html");
        RunPoint september = new RunPoint("2026-09-24T100000Z", Instant.parse("2026-09-24T10:00:00Z"), 40.0, "yellow",
                Map.of("presence", 30.0), null);
        return new History(List.of(september, october), 5.5, List.of(new ElementDelta("presence", 50.0, 62.5)),
                List.of(new Change("titles-present", "presence", LocalizedText.of(SiteFixtures.HOSTILE_TITLE, "Titles"),
                        0.5, 1.0, Verdict.PARTIAL, Verdict.PASS)),
                List.of(new Change("analytics", "marketing", LocalizedText.of("Aucune mesure d’audience", "No analytics"),
                        null, 0.0, null, Verdict.FAIL)),
                List.of());
    }

    private static Document open(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void theHistoryPageShowsTheChartTheRunsAndWhatChanged() throws IOException {
        Path runs = tmp.resolve("runs");
        Path earlier = Files.createDirectories(runs.resolve(EARLIER).resolve("site"));
        Files.writeString(earlier.resolve("index.html"), "<html></html>");
        Path run = SiteFixtures.run(runs.resolve("2026-11-24T100000Z"), "fr", 0);

        new SiteRenderer("9.9", CLOCK).render(run, null, List.of(), "2026-11-24T100000Z", history());

        Path site = run.resolve("site");
        Document page = open(site.resolve("history.html"));
        assertEquals("Historique des audits", page.selectFirst("h1").text());
        Element chart = page.selectFirst("svg.line-chart");
        assertNotNull(chart);
        assertEquals(10, chart.select(".line-chart__series").size(), "the overall score and nine elements");
        assertEquals(3, chart.select(".line-chart__series--main circle").size(), "two earlier runs and this one");
        assertEquals(3, page.select("table.history-values tbody tr").size());
        assertTrue(page.selectFirst("table.history-values tbody tr").text().contains("40"), "the values as text");

        Element fixed = page.selectFirst(".card--strengths");
        assertTrue(fixed.selectFirst("h3").text().startsWith("Corrigé depuis le 24 octobre 2026"), fixed.text());
        Element link = fixed.selectFirst("a.change__title");
        assertEquals(SiteFixtures.HOSTILE_TITLE, link.text(), "a title is text");
        assertEquals("element-presence.html#c-titles-present", link.attr("href"));
        assertTrue(page.select("script").stream().allMatch(s -> s.hasAttr("src")), "no script from a title");
        assertTrue(Files.isRegularFile(site.resolve(link.attr("href").replaceAll("#.*", ""))));

        Element introduced = page.selectFirst(".card--weaknesses");
        assertTrue(introduced.text().contains("Aucune mesure d’audience"), introduced.text());
        assertTrue(introduced.text().contains("Absent → À corriger"), introduced.text());

        List<String> reports = page.select("a.history-runs__link").eachAttr("href");
        assertEquals(List.of("../../" + EARLIER + "/site/index.html"), reports);
        assertTrue(Files.isRegularFile(site.resolve(reports.get(0)).normalize()), "the link leads to that report");

        Document overview = open(site.resolve("index.html"));
        Element badge = overview.selectFirst("a.delta-badge");
        assertNotNull(badge, "the overview's delta badge");
        assertEquals("history.html", badge.attr("href"));
        assertTrue(badge.hasClass("delta--up"));
        assertEquals("+5,5 depuis le 24 octobre 2026", badge.text());
        assertTrue(overview.select("nav.site-nav a").eachAttr("href").contains("history.html"));
    }

    @Test
    void aFirstRunHasNoHistoryPageNoNavigationEntryAndNoBadge() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "en", 0);

        new SiteRenderer("9.9", CLOCK).render(run, null, List.of(), "2026-11-24T100000Z");

        Path site = run.resolve("site");
        assertFalse(Files.exists(site.resolve("history.html")));
        Document overview = open(site.resolve("index.html"));
        assertTrue(overview.select("a.delta-badge").isEmpty());
        assertFalse(overview.select("nav.site-nav a").eachAttr("href").contains("history.html"));
    }

    @Test
    void theHistoryPageIsTranslated() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "en", 0);

        new SiteRenderer("9.9", CLOCK).render(run, null, List.of(), "2026-11-24T100000Z", history());

        Document page = open(run.resolve("site/history.html"));
        assertEquals("Audit history", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".card--strengths h3").text().startsWith("Fixed since October 24, 2026"));
        assertEquals("+5.5 since October 24, 2026", open(run.resolve("site/index.html")).selectFirst("a.delta-badge").text());
        assertEquals(1, page.select("a.history-runs__link").size());
    }
}
