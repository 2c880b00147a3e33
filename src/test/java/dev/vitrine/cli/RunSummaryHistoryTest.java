package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.History;
import dev.vitrine.model.History.Change;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terminal summary of a run that has earlier runs: the deltas after the scores. */
class RunSummaryHistoryTest {

    private static final AuditDefinition ACME =
            new AuditDefinition("acme", "Acme", URI.create("https://www.acme.fr/"), "fr", null, null, null, null);

    private static final AuditResult RESULT = new AuditResult("Vitrine", "0.1.0", null, ACME, null, List.of(),
            List.of(new AuditResult.ElementScore("presence", LocalizedText.of("Présence en ligne", "Online presence"), 3,
                            72.4, 10, 1),
                    new AuditResult.ElementScore("security", LocalizedText.of("Sécurité en ligne", "Online security"), 3,
                            40.0, 10, 1),
                    new AuditResult.ElementScore("cloud", LocalizedText.of("Informatique en nuage", "Cloud computing"), 3,
                            null, 2, 2)),
            63.1, "green", List.of(), List.of(), List.of(), null, null);

    private static Change change(String criterion) {
        return new Change(criterion, "presence", LocalizedText.of(criterion, criterion), 0.0, 1.0, Verdict.FAIL,
                Verdict.PASS);
    }

    private static final History HISTORY = new History(
            List.of(new History.RunPoint("2026-10-24T101500Z", Instant.parse("2026-10-24T10:20:00Z"), 57.6, "orange",
                    Map.of("presence", 68.2, "security", 42.0), null)),
            5.5, List.of(new History.ElementDelta("presence", 68.2, 72.4), new History.ElementDelta("security", 42.0, 40.0)),
            List.of(change("a"), change("b"), change("c")), List.of(change("d")), List.of());

    private static List<String> print(AuditDefinition audit, History history) {
        StringWriter out = new StringWriter();
        RunSummary.print(new PrintWriter(out), audit,
                new Vitrine.AuditRun(Path.of("audits/acme/runs/2026-11-24T101500Z"), null, RESULT, history));
        return out.toString().lines().toList();
    }

    @Test
    void printsTheScoreDeltaAndTheFixedAndNewFindingsInFrench() {
        List<String> lines = print(ACME, HISTORY);
        assertTrue(lines.contains("Score global : 63/100 · ceinture verte (+5,5 depuis le 2026-10-24)"
                + " · 3 critères corrigés, 1 nouveau problème"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Présence en ligne") && l.endsWith("72  (+4,2)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Sécurité en ligne") && l.endsWith("40  (-2)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Informatique en nuage") && l.endsWith("non applicable")));
    }

    @Test
    void printsTheDeltasInEnglish() {
        List<String> lines = print(ACME.withLanguage("en"), HISTORY);
        assertTrue(lines.contains("Overall score: 63/100 · green belt (+5.5 since 2026-10-24) · 3 criteria fixed, 1 new issue"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Online presence") && l.endsWith("72  (+4.2)")));
    }

    @Test
    void aFirstRunPrintsNoDelta() {
        List<String> lines = print(ACME, History.NONE);
        assertTrue(lines.contains("Score global : 63/100 · ceinture verte"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Présence en ligne") && l.endsWith("72")));
    }

    @Test
    void roundsDeltasToOneDecimal() {
        assertEquals("±0", HistoryLine.signed(0.04, true));
        assertEquals("+0,1", HistoryLine.signed(0.06, true));
        assertEquals("-12.3", HistoryLine.signed(-12.34, false));
    }
}
