package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.Vitrine;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noArgumentsPrintsTheUsageOnStderrAsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Usage: vitrine"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void versionPrintsTheVersionAndSucceeds() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("vitrine " + Vitrine.VERSION, r.out().strip());
    }

    @Test
    void helpListsTheCommandsWithOneLineEach() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("demo     Audit the bundled demo site"), r::toString);
        assertTrue(r.out().contains("init     Write <audits>/<slug>/audit.yaml"), r::toString);
        assertTrue(r.out().contains("audit    Crawl a company's site"), r::toString);
        assertTrue(r.out().contains("rescore  Score a finished run again"), r::toString);
        assertTrue(r.out().contains("1   the overall score is below --fail-under"), r::toString);
        assertTrue(r.out().contains("4   site unreachable"), r::toString);
    }

    @Test
    void onlyTheCommandsOfThisStageExist() {
        for (String later : new String[] {"publish"}) {
            assertEquals(2, Cli.run(later).exitCode(), later);
        }
    }

    @Test
    void subcommandHelpShowsTheCrawlDefaults() {
        Cli.Result r = Cli.run("audit", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("--max-pages 500"), r::toString);
        assertTrue(Cli.run("demo", "--help").out().contains("--delay-ms 0"));
    }

    @Test
    void unknownCommandIsOneLineWithASuggestion() {
        Cli.Result r = Cli.run("audti");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("vitrine: unknown command 'audti' (did you mean audit?)", r.err().strip());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        Cli.Result r = Cli.run("audit", "--frobnicate");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: unknown option: '--frobnicate'"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
    }

    @Test
    void usageErrorsNeverPrintAStackTrace() {
        Cli.Result r = Cli.run("audit", "--threads", "abc", "-v");
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }
}
