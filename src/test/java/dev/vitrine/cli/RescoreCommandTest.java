package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.Vitrine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rescore} and {@code --fail-under}, on a run of the demo audit. */
class RescoreCommandTest {

    @TempDir
    static Path runs;
    static Path runDir;
    static Cli.Result demo;

    @BeforeAll
    static void runTheDemo() {
        demo = Cli.run("demo", "--out", runs.toString());
        runDir = Path.of(demo.lastLine()).getParent().getParent(); // <run>/site/index.html
    }

    @Test
    void theDemoPrintsScoreBeltElementsAndPrioritiesInFrench() {
        assertEquals(0, demo.exitCode(), demo::toString);
        assertTrue(demo.out().contains("Score global : "), demo::toString);
        assertTrue(demo.out().contains("ceinture "), demo::toString);
        assertTrue(demo.out().contains("Présence en ligne"), demo::toString);
        assertTrue(demo.out().contains("Priorités :"), demo::toString);
        assertTrue(Files.exists(runDir.resolve(Vitrine.RESULT_FILE)));
        assertTrue(Files.isRegularFile(runDir.resolve("site/index.html")), "every run has its report");
    }

    @Test
    void theDemoSaysItsProfilesAreNotVerifiedAndWritesItsBacklinks() throws IOException {
        assertTrue(demo.err().contains(DemoCommand.OFFLINE_PROFILES), demo::toString);
        String offsite = Files.readString(runDir.resolve("offsite.json"));
        assertTrue(offsite.contains("\"profilesVerified\" : false"), offsite);
        assertTrue(offsite.contains("\"status\" : \"lost\""), "the partner's lost source");
        assertTrue(offsite.contains("\"file\" : \"liens-entrants.csv\""), "the demo's export");
    }

    @Test
    void rescoreRewritesTheResultWithoutCrawling() throws IOException {
        long pagesBefore = Files.size(runDir.resolve("pages.jsonl"));
        Cli.Result r = Cli.run("rescore", runDir.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(runDir.toString(), r.lastLine());
        assertTrue(r.out().contains("Score global : "), r::toString);
        assertEquals(pagesBefore, Files.size(runDir.resolve("pages.jsonl")), "the crawl's files are not touched");
        assertTrue(Files.isRegularFile(runDir.resolve("site/index.html")), "and the report is rendered again");
    }

    @Test
    void failUnderExitsWith1WhenTheScoreIsBelowTheThreshold() {
        Cli.Result below = Cli.run("rescore", runDir.toString(), "--fail-under", "100");
        assertEquals(1, below.exitCode(), below::toString);
        assertTrue(below.err().contains("below --fail-under 100"), below::toString);
        assertEquals(0, Cli.run("rescore", runDir.toString(), "--fail-under", "0").exitCode());
    }

    @Test
    void rescoreOfAFolderThatIsNotARunIsABadConfiguration(@TempDir Path empty) {
        Cli.Result r = Cli.run("rescore", empty.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is not a run folder"), r::toString);
    }

    @Test
    void rescoreWithABrokenChecklistNamesTheFile(@TempDir Path dir) throws IOException {
        Path checklist = dir.resolve("mine.yaml");
        Files.writeString(checklist, "criteria: []\n");
        Cli.Result r = Cli.run("rescore", runDir.toString(), "--checklist", checklist.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("mine.yaml"), r::toString);
    }
}
