package dev.vitrine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.History;
import dev.vitrine.model.History.Change;
import dev.vitrine.model.Json;
import dev.vitrine.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written result.json files of earlier runs, compared with the current run's. */
class RunHistoryTest {

    @TempDir
    Path runs;

    /** A result.json as the score stage writes it, reduced to what the history reads. */
    private static String result(String finishedAt, Double overall, String belt, String elements, String findings) {
        return """
                {"tool":"Vitrine","version":"test","scoredAt":"%s",
                 "crawl":{"startedAt":"%s","finishedAt":"%s"},
                 "findings":[%s],"elements":[%s],"overallScore":%s,"belt":%s,
                 "technologies":[],"socialProfiles":[],"plan":[]}
                """.formatted(finishedAt, finishedAt, finishedAt, findings, elements, overall,
                belt == null ? "null" : "\"" + belt + "\"");
    }

    private static String element(String id, Double score) {
        return """
                {"element":"%s","title":{"fr":"Élément %s","en":"Element %s"},"weight":3,"score":%s,"findings":2,"notApplicable":0}"""
                .formatted(id, id, id, score);
    }

    private static String finding(String criterion, String element, String verdict, Double score) {
        return """
                {"criterion":"%s","element":"%s","stage":"reach","weight":3,"effort":"low","objectives":[],"score":%s,
                 "verdict":"%s","title":{"fr":"Titre %s","en":"Title %s"}}"""
                .formatted(criterion, element, score, verdict, criterion, criterion);
    }

    private Path run(String id, String json) throws IOException {
        Path dir = Files.createDirectories(runs.resolve(id));
        Files.writeString(dir.resolve(Runs.RESULT_FILE), json);
        return dir;
    }

    private static AuditResult parse(String json) throws IOException {
        return Json.MAPPER.readValue(json, AuditResult.class);
    }

    private static final String OCTOBER = result("2026-10-24T10:00:00Z", 57.6, "orange",
            element("presence", 50.0) + "," + element("security", 40.0) + "," + element("cloud", null),
            String.join(",", finding("descriptions-present", "presence", "partial", 0.5),
                    finding("privacy-policy", "security", "fail", 0.0),
                    finding("hsts", "security", "pass", 1.0),
                    finding("analytics", "presence", "not_applicable", null),
                    finding("titles-present", "presence", "pass", 1.0)));

    private static final String NOVEMBER = result("2026-11-24T10:00:00Z", 63.1, "green",
            element("presence", 75.0) + "," + element("security", 35.5) + "," + element("cloud", 20.0),
            String.join(",", finding("descriptions-present", "presence", "pass", 1.0),
                    finding("privacy-policy", "security", "fail", 0.0),
                    finding("hsts", "security", "fail", 0.0),
                    finding("analytics", "presence", "partial", 0.5),
                    finding("titles-present", "presence", "pass", 1.0),
                    finding("security-txt", "security", "fail", 0.0),
                    finding("llms-txt", "presence", "pass", 1.0)));

    @Test
    void findsTheFixedFindingAndTheScoreDeltas() throws IOException {
        run("2026-10-24T100000Z", OCTOBER);
        History history = RunHistory.of(runs, null, parse(NOVEMBER));

        assertEquals(1, history.runs().size());
        assertEquals("2026-10-24T100000Z", history.previous().runId());
        assertEquals(Instant.parse("2026-10-24T10:00:00Z"), history.previous().date());
        assertEquals(57.6, history.previous().overall());
        assertEquals("orange", history.previous().belt());
        assertEquals(5.5, history.overallDelta(), 1e-9);
        assertEquals(25.0, history.elementDelta("presence"), 1e-9);
        assertEquals(-4.5, history.elementDelta("security"), 1e-9);
        assertNull(history.elementDelta("cloud"), "no delta unless both scores exist");

        assertEquals(List.of("descriptions-present"), history.fixed().stream().map(Change::criterion).toList());
        Change fixed = history.fixed().get(0);
        assertEquals("presence", fixed.element());
        assertEquals("Titre descriptions-present", fixed.title().fr());
        assertEquals("Title descriptions-present", fixed.title().en());
        assertEquals(0.5, fixed.scoreBefore());
        assertEquals(1.0, fixed.scoreAfter());
        assertEquals(Verdict.PARTIAL, fixed.verdictBefore());
    }

    @Test
    void newProblemsArePassesAndNotApplicablesThatFailNowAndNewCriteriaThatFail() throws IOException {
        run("2026-10-24T100000Z", OCTOBER);
        History history = RunHistory.of(runs, null, parse(NOVEMBER));

        assertEquals(List.of("hsts", "analytics", "security-txt"),
                history.introduced().stream().map(Change::criterion).toList(),
                "privacy-policy failed both times; llms-txt is new but passes");
        Change absent = history.introduced().get(2);
        assertNull(absent.verdictBefore());
        assertNull(absent.scoreBefore());
    }

    @Test
    void aScoreThatRoseToOneCountsAsFixed() throws IOException {
        run("2026-10-24T100000Z", result("2026-10-24T10:00:00Z", 50.0, "orange", element("presence", 50.0),
                finding("h1-single", "presence", "fail", 0.0)));
        History history = RunHistory.of(runs, null, parse(result("2026-11-24T10:00:00Z", 60.0, "green",
                element("presence", 60.0), finding("h1-single", "presence", "partial", 1.0))));
        assertEquals(List.of("h1-single"), history.fixed().stream().map(Change::criterion).toList());
    }

    @Test
    void failedAndInterruptedRunsNeverBecomeThePreviousRun() throws IOException {
        run("2026-10-24T100000Z", OCTOBER);
        run(RunDirectory.PARTIAL_PREFIX + "2026-11-01T100000Z-1a2b3c4d", NOVEMBER); // interrupted: still hidden
        Files.createDirectories(runs.resolve("2026-11-02T100000Z")); // failed before scoring: no result.json

        History history = RunHistory.of(runs, null, parse(NOVEMBER));

        assertEquals(List.of("2026-10-24T100000Z"), history.runs().stream().map(History.RunPoint::runId).toList());
    }

    @Test
    void anUnreadableEarlierRunIsSkippedNotFatal() throws IOException {
        run("2026-09-24T100000Z", OCTOBER);
        run("2026-10-24T100000Z", "{\"findings\": [ this is not json");

        History history = RunHistory.of(runs, null, parse(NOVEMBER));

        assertEquals("2026-09-24T100000Z", history.previous().runId(), "the newest readable run is the previous one");
        assertEquals(List.of("2026-10-24T100000Z"), history.skipped());
        assertEquals(5.5, history.overallDelta(), 1e-9);
    }

    @Test
    void aFirstRunHasNoHistory() throws IOException {
        History history = RunHistory.of(runs, null, parse(NOVEMBER));
        assertTrue(history.isEmpty());
        assertNull(history.previous());
        assertNull(history.overallDelta());
        assertTrue(history.fixed().isEmpty() && history.introduced().isEmpty());
        assertTrue(RunHistory.of(runs.resolve("missing"), null, parse(NOVEMBER)).isEmpty());
    }

    @Test
    void aFinishedRunIsComparedWithTheRunsBeforeItOnly() throws IOException {
        run("2026-09-24T100000Z", OCTOBER);
        Path current = run("2026-10-24T100000Z", NOVEMBER);
        run("2026-11-24T100000Z", OCTOBER); // later: not part of this run's history

        History history = RunHistory.of(current);

        assertEquals(List.of("2026-09-24T100000Z"), history.runs().stream().map(History.RunPoint::runId).toList());
        assertEquals(5.5, history.overallDelta(), 1e-9);
        assertTrue(RunHistory.of(runs.resolve("2026-09-24T100000Z")).isEmpty(), "the first run");
    }

    @Test
    void linksToEarlierReportsOnlyWhenTheyHaveOne() throws IOException {
        Path withReport = run("2026-09-24T100000Z", OCTOBER);
        Files.createDirectories(withReport.resolve("site"));
        Files.writeString(withReport.resolve("site/index.html"), "<html></html>");
        run("2026-10-24T100000Z", OCTOBER);

        History history = RunHistory.of(runs, null, parse(NOVEMBER));

        assertEquals("../../2026-09-24T100000Z/site/index.html", history.runs().get(0).reportHref());
        assertNull(history.runs().get(1).reportHref());
    }

    @Test
    void keepsOnlyTheLastRunsForTheChart() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= RunHistory.MAX_EARLIER + 5; i++) {
            String id = "2026-01-01T%06dZ".formatted(i);
            ids.add(id);
            run(id, OCTOBER);
        }
        History history = RunHistory.of(runs, null, parse(NOVEMBER));
        assertEquals(ids.subList(5, ids.size()), history.runs().stream().map(History.RunPoint::runId).toList());
    }
}
