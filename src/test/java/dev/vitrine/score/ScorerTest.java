package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.Verdict;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring as DESIGN.md says: weighted means, not applicable left out, belt, priorities. */
class ScorerTest {

    @TempDir
    Path audit;
    Path run;

    static final String HOME = "https://www.example.fr/";
    static final AuditDefinition DEFINITION = new AuditDefinition("example", "Example", URI.create(HOME), "fr",
            List.of("visibility", "leads"), List.of(), null, null);

    @BeforeEach
    void writeRun() throws IOException {
        run = Files.createDirectories(audit.resolve("runs").resolve("r1"));
        Json.MAPPER.writeValue(run.resolve("crawl.json").toFile(), CheckRun.crawl(null, List.of(), List.of(), null));
        List<PageFacts> pages = List.of(
                PageBuilder.home(HOME).header("strict-transport-security", "max-age=31536000").build(),
                PageBuilder.page(HOME + "a/").title(null).build(),
                PageBuilder.resource(HOME + "logo.png", "image/png").build());
        StringBuilder lines = new StringBuilder();
        for (PageFacts p : pages) {
            lines.append(Json.MAPPER.writeValueAsString(p)).append('\n');
        }
        Files.writeString(run.resolve("pages.jsonl"), lines);
    }

    private AuditResult score(String criteria, List<String> ids) throws IOException {
        Path checklist = ChecklistFixture.write(audit, "full.yaml", criteria, ids);
        return Scorer.forAudit(audit, checklist, "test").score(DEFINITION, run, Instant.parse("2026-11-23T12:00:00Z"));
    }

    private static Finding finding(AuditResult r, String id) {
        return r.findings().stream().filter(f -> f.criterion().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void elementScoreIsTheWeightedMeanOfItsFindingsLeavingOutTheNotApplicable() throws IOException {
        AuditResult r = score(
                ChecklistFixture.criterion("titles", "presence", 3, "low", "[visibility]", "pages-field", "{field: title}")
                        + ChecklistFixture.criterion("lang", "presence", 1, "low", "[visibility]", "pages-field", "{field: lang}")
                        + ChecklistFixture.criterion("forms", "presence", 5, "low", "[leads]", "pages-forms-https", "{}"),
                List.of("titles", "lang", "forms"));

        assertEquals(0.5, finding(r, "titles").score());
        assertEquals(Verdict.PARTIAL, finding(r, "titles").verdict());
        assertEquals(Verdict.NOT_APPLICABLE, finding(r, "forms").verdict(), "no form anywhere");
        assertNull(finding(r, "forms").score());
        assertEquals(finding(r, "forms").summary(), finding(r, "forms").title(),
                "a not-applicable finding is titled by its reason, not by the fail title");
        AuditResult.ElementScore presence = r.elements().get(0);
        assertEquals(62.5, presence.score(), "(0.5×3 + 1×1) / 4, the weight-5 not-applicable finding left out");
        assertEquals(1, presence.notApplicable());
        assertTrue(finding(r, "titles").evidence().examples().stream().anyMatch(e -> e.url().equals(HOME + "a/")));
        assertTrue(finding(r, "titles").recommendation().fr().contains("titles (fr)"));
    }

    @Test
    void overallScoreIsTheWeightedMeanOfTheElementsThatCouldBeScored() throws IOException {
        AuditResult r = score(
                ChecklistFixture.criterion("titles", "presence", 1, "low", "[visibility]", "pages-field", "{field: title}")
                        + ChecklistFixture.criterion("hsts", "security", 1, "low", "[sales]", "hsts", "{minMaxAge: 100}")
                        + ChecklistFixture.criterion("forms", "customer", 1, "low", "[leads]", "pages-forms-https", "{}"),
                List.of("titles", "hsts", "forms"));

        // presence 50 (weight 3), security 100 (weight 1), customer not applicable, others without findings
        assertEquals(62.5, r.overallScore());
        assertEquals("green", r.belt());
        assertNull(r.elements().stream().filter(e -> e.element().equals("customer")).findFirst().orElseThrow().score());
        assertEquals(9, r.elements().size());
    }

    @Test
    void beltsChangeExactlyAtTheDesignBoundaries() {
        assertEquals(Belt.WHITE, Belt.of(0));
        assertEquals(Belt.WHITE, Belt.of(29.99));
        assertEquals(Belt.YELLOW, Belt.of(30));
        assertEquals(Belt.YELLOW, Belt.of(44.9));
        assertEquals(Belt.ORANGE, Belt.of(45));
        assertEquals(Belt.GREEN, Belt.of(60));
        assertEquals(Belt.BLUE, Belt.of(70));
        assertEquals(Belt.BROWN, Belt.of(80));
        assertEquals(Belt.BROWN, Belt.of(89.99));
        assertEquals(Belt.BLACK, Belt.of(90));
        assertEquals(Belt.BLACK, Belt.of(100));
    }

    @Test
    void priorityWeighsImportanceGapObjectivesAndEffort() {
        List<String> objectives = List.of("visibility", "leads");
        Finding big = finding("big", 5, 0.0, "high", List.of("sales"));          // 5 × 1 × 1 ÷ 3 = 1.667
        Finding aligned = finding("aligned", 2, 0.0, "low", List.of("leads"));   // 2 × 1 × 1.5 ÷ 1 = 3
        Finding half = finding("half", 4, 0.5, "medium", List.of("visibility", "leads")); // 4 × .5 × 2 ÷ 2 = 2

        assertEquals(5.0 / 3, ActionPlan.priority(big, objectives), 1e-9);
        assertEquals(3.0, ActionPlan.priority(aligned, objectives), 1e-9);
        assertEquals(2.0, ActionPlan.priority(half, objectives), 1e-9);

        List<AuditResult.PlanItem> plan = ActionPlan.of(List.of(big, aligned, half,
                finding("done", 5, 1.0, "low", List.of("leads"))), objectives);
        assertEquals(List.of("aligned", "half", "big"), plan.stream().map(AuditResult.PlanItem::criterion).toList(),
                "highest priority first; passed criteria are not in the plan");
        assertEquals(List.of(30, 60, 90), plan.stream().map(AuditResult.PlanItem::days).toList());
    }

    @Test
    void theFirstMonthHoldsAtMostSixItemsAndTheRestMoveOn() {
        List<Finding> many = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> finding("low-" + i, 5 - i % 5, 0.0, "low", List.of("leads"))).toList();
        List<AuditResult.PlanItem> plan = ActionPlan.of(many, List.of("leads"));
        assertEquals(6, plan.stream().filter(p -> p.days() == 30).count());
        assertEquals(2, plan.stream().filter(p -> p.days() == 60).count());
        assertEquals(plan.stream().map(AuditResult.PlanItem::priority).sorted(java.util.Comparator.reverseOrder()).toList(),
                plan.stream().map(AuditResult.PlanItem::priority).collect(Collectors.toList()));
    }

    private static Finding finding(String id, int weight, double score, String effort, List<String> objectives) {
        Verdict verdict = score >= 1 ? Verdict.PASS : score > 0 ? Verdict.PARTIAL : Verdict.FAIL;
        return new Finding(id, "presence", "reach", weight, effort, objectives, score, verdict,
                dev.vitrine.model.LocalizedText.of(id, id), dev.vitrine.model.LocalizedText.of("", ""),
                AuditResult.Evidence.NONE, null);
    }
}
