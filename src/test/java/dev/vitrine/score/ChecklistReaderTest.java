package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistReaderTest {

    @TempDir
    Path dir;

    private Checklist base() throws IOException {
        return ChecklistReader.file(ChecklistFixture.write(dir, "base.yaml",
                ChecklistFixture.criterion("titles", "presence", 3, "low", "[visibility]", "pages-field", "{field: title}")
                        + ChecklistFixture.criterion("hsts", "security", 4, "low", "[sales]", "hsts", "{minMaxAge: 100}"),
                List.of("titles", "hsts")));
    }

    private VitrineException problem(String criteriaYaml) {
        VitrineException e = assertThrows(VitrineException.class, () -> ChecklistReader.file(
                ChecklistFixture.write(dir, "bad.yaml", criteriaYaml, List.of())));
        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml").toString() + ": "), e.getMessage());
        return e;
    }

    @Test
    void anAuditReweightsOverridesAddsAndDisablesCriteria() throws IOException {
        Path changes = dir.resolve("checklist.yaml");
        Files.writeString(changes, """
                elements:
                  - {id: security, weight: 5}
                criteria:
                  - id: titles
                    weight: 5
                    params: {field: title, contains: "Acme"}
                """ + ChecklistFixture.criterion("has-blog", "marketing", 2, "medium", "[leads]", "signals",
                "{urlPatterns: [/blog/]}") + """
                disable: [hsts]
                """);

        Checklist merged = ChecklistReader.withChanges(base(), changes);

        assertEquals(5, merged.element("security").weight());
        assertEquals(List.of("titles", "has-blog"), merged.criteria().stream().map(Checklist.Criterion::id).toList());
        Checklist.Criterion titles = merged.criteria().get(0);
        assertEquals(5, titles.weight());
        assertEquals("Acme", titles.params().get("contains"));
        assertEquals("pages-field", titles.check(), "keys not given keep their value");
    }

    @Test
    void noChangesFileLeavesTheChecklistAsItIs() throws IOException {
        Checklist base = base();
        assertEquals(base, ChecklistReader.withChanges(base, dir.resolve("missing.yaml")));
    }

    @Test
    void namesTheFileAndCriterionOfAnUnknownCheck() {
        VitrineException e = problem(ChecklistFixture.criterion("x", "presence", 1, "low", "[leads]", "no-such-check", "{}"));
        assertTrue(e.getMessage().contains("criterion \"x\": unknown check \"no-such-check\""), e.getMessage());
        assertTrue(e.getMessage().contains("pages-field"), "lists the known checks: " + e.getMessage());
    }

    @Test
    void refusesADuplicateId() {
        String one = ChecklistFixture.criterion("twice", "presence", 1, "low", "[leads]", "home-https", "{}");
        assertTrue(problem(one + one).getMessage().contains("criterion \"twice\" appears twice"));
    }

    @Test
    void refusesAParameterOfTheWrongTypeOrUnknown() {
        assertTrue(problem(ChecklistFixture.criterion("len", "presence", 1, "low", "[leads]", "pages-length",
                "{field: title, min: ten, max: 70}")).getMessage()
                .contains("criterion \"len\" (check pages-length): parameter \"min\" must be a whole number"));
        assertTrue(problem(ChecklistFixture.criterion("typo", "presence", 1, "low", "[leads]", "pages-field",
                "{field: title, contain: x}")).getMessage().contains("unknown parameter \"contain\""));
    }

    @Test
    void refusesUnknownElementStageAndObjective() {
        assertTrue(problem(ChecklistFixture.criterion("e", "fame", 1, "low", "[leads]", "home-https", "{}"))
                .getMessage().contains("element must be one of"));
        assertTrue(problem(ChecklistFixture.criterion("o", "presence", 1, "low", "[money]", "home-https", "{}"))
                .getMessage().contains("objectives must be one of"));
        assertTrue(problem(ChecklistFixture.criterion("w", "presence", 9, "low", "[leads]", "home-https", "{}"))
                .getMessage().contains("weight must be a whole number from 1 to 5"));
    }

    @Test
    void refusesATitleMissingALanguage() {
        String yaml = ChecklistFixture.criterion("t", "presence", 1, "low", "[leads]", "home-https", "{}")
                .replace("fail: {fr: \"t à faire\", en: \"t to do\"}", "fail: {fr: \"t à faire\"}");
        assertTrue(problem(yaml).getMessage().contains("title.fail needs both fr and en"));
    }

    @Test
    void namesTheCriterionWithoutRecommendationText() throws IOException {
        Path file = ChecklistFixture.write(dir, "checklist.yaml",
                ChecklistFixture.criterion("orphan", "presence", 1, "low", "[leads]", "home-https", "{}"), List.of());
        Path elsewhere = Files.createDirectories(dir.resolve("other-audit"));
        VitrineException e = assertThrows(VitrineException.class, () -> Scorer.forAudit(elsewhere, file, "test"));
        assertTrue(e.getMessage().contains("criterion \"orphan\" has no recommendation text"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }
}
