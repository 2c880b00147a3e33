package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.Json;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Verdict;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer reads the run's offsite.json, hands it to the checks and copies it into result.json. */
class ScorerOffsiteTest {

    @TempDir
    Path audit;
    Path run;

    private static final String CRITERIA = ChecklistFixture.criterion("on-home", "presence", 2, "low", "[visibility]",
            "profiles-on-home", "{}");

    @BeforeEach
    void writeRun() throws IOException {
        run = Files.createDirectories(audit.resolve("runs").resolve("r1"));
        Json.MAPPER.writeValue(run.resolve("crawl.json").toFile(), CheckRun.crawl(null, List.of(), List.of(), null));
        Files.writeString(run.resolve("pages.jsonl"),
                Json.MAPPER.writeValueAsString(PageBuilder.home(ScorerTest.HOME).build()) + "\n");
    }

    private AuditResult score() throws IOException {
        Path checklist = ChecklistFixture.write(audit, "offsite.yaml", CRITERIA, List.of("on-home"));
        return Scorer.forAudit(audit, checklist, "test").score(ScorerTest.DEFINITION, run,
                Instant.parse("2026-11-23T12:00:00Z"));
    }

    @Test
    void offsiteJsonReachesTheChecksAndTheResult() throws IOException {
        Offsite offsite = OffsiteChecksTest.profiles(true, OffsiteChecksTest.own("facebook", "acme", Offsite.OK));
        Json.MAPPER.writeValue(run.resolve(Offsite.FILE).toFile(), offsite);

        AuditResult result = score();

        assertEquals(offsite, result.offsite());
        Finding f = result.findings().get(0);
        assertEquals(Verdict.PASS, f.verdict());
    }

    @Test
    void aRunWithoutOffsiteJsonScoresAsBefore() throws IOException {
        AuditResult result = score();
        assertNull(result.offsite());
        assertEquals(Verdict.NOT_APPLICABLE, result.findings().get(0).verdict());
    }

    @Test
    void anUnreadableOffsiteJsonIsABadConfigurationNamingTheFile() throws IOException {
        Files.writeString(run.resolve(Offsite.FILE), "{\"profiles\": [");
        VitrineException e = assertThrows(VitrineException.class, this::score);
        assertTrue(e.getMessage().contains(run.resolve(Offsite.FILE).toString()), e.getMessage());
    }
}
