package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.ParseResult;

/** {@code vitrine audit}: arguments, audit.yaml errors and where settings come from; no crawl here. */
class AuditCommandTest {

    @TempDir
    Path tmp;

    @Test
    void neitherFolderNorUrlIsAUsageError() {
        Cli.Result r = Cli.run("audit");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: give an audit folder (e.g. vitrine audit audits/acme) or --url URL"), r::toString);
    }

    @Test
    void bothFolderAndUrlIsAUsageError() {
        Cli.Result r = Cli.run("audit", tmp.toString(), "--url", "https://www.acme.fr/");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: give an audit folder or --url, not both"), r::toString);
    }

    @Test
    void relativeUrlIsAUsageErrorQuotingIt() {
        Cli.Result r = Cli.run("audit", "--url", "example.fr");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith(
                "vitrine: --url must be an absolute http:// or https:// URL, got \"example.fr\""), r::toString);
    }

    @Test
    void nonHttpUrlIsAUsageError() {
        assertEquals(2, Cli.run("audit", "--url", "ftp://example.fr/").exitCode());
        assertEquals(2, Cli.run("audit", "--url", "mailto:contact@example.fr").exitCode());
    }

    @ParameterizedTest
    @CsvSource({
        "--max-pages, 0,   --max-pages must be at least 1, got 0",
        "--max-depth, -1,  --max-depth must be at least 0, got -1",
        "--threads,   0,   --threads must be at least 1, got 0",
        "--threads,   65,  --threads must be at most 64, got 65",
        "--delay-ms,  -5,  --delay-ms must be at least 0, got -5",
        "--threads,   abc, invalid value for option '--threads': 'abc' is not an int",
        "--max-pages, lots, invalid value for option '--max-pages': 'lots' is not an int",
        "--lang,      de,  --lang must be fr or en, got \"de\"",
    })
    void invalidOptionValueIsOneSentenceNamingTheOption(String option, String value, String message) {
        Cli.Result r = Cli.run("audit", "--url", "https://www.acme.fr/", option, value);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: " + message), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
    }

    @Test
    void auditFolderWithoutAuditYamlIsAConfigurationError() {
        Path acme = tmp.resolve("acme");
        Cli.Result r = Cli.run("audit", acme.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: " + acme.resolve("audit.yaml") + " not found (create it with: vitrine init acme --website URL"),
                r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-key-crawl.yaml         | unknown key \"crawl.maxPage\" (known keys: maxPages, maxDepth, threads, delayMillis, ignoreRobots)",
        "unknown-key-top.yaml           | unknown key \"competitor\"",
        "max-pages-not-a-number.yaml    | key \"crawl.maxPages\" must be a whole number, got \"lots\"",
        "max-pages-zero.yaml            | key \"crawl.maxPages\" must be at least 1, got 0",
        "threads-too-many.yaml          | key \"crawl.threads\" must be at most 64, got 100",
        "ignore-robots-not-boolean.yaml | key \"crawl.ignoreRobots\" must be true or false",
        "website-not-absolute.yaml      | key \"website\" must be an absolute http:// or https:// URL, got \"www.acme.fr\"",
        "website-ftp.yaml               | key \"website\" must be an absolute http:// or https:// URL",
        "website-missing.yaml           | key \"website\" is missing",
        "competitor-website-bad.yaml    | key \"competitors[0].website\" must be an absolute http:// or https:// URL, got \"dupont.fr\"",
        "competitors-not-a-list.yaml    | key \"competitors\" must be a list",
        "backlink-source-bad.yaml       | key \"backlinks.sources[1]\" must be an absolute http:// or https:// URL",
        "language-bad.yaml              | key \"language\" must be fr or en, got \"de\"",
        "objective-bad.yaml             | key \"objectives[1]\" must be one of visibility, leads, sales, loyalty, got \"money\"",
        "empty.yaml                     | is empty",
        "syntax-error.yaml              | YAML syntax error at line 5",
        "top-level-list.yaml            | expected keys at the top",
        "duplicate-key.yaml             | key \"company\" appears twice",
    })
    void badAuditYamlIsExitCode3WithOneSentenceNamingFileAndKey(String fixture, String expected) {
        Path acme = Cli.auditWith(fixture, tmp.resolve("acme"));
        Cli.Result r = Cli.run("audit", acme.toString());
        assertEquals(3, r.exitCode(), r::toString);
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), r::toString);
        assertTrue(line.startsWith("vitrine: " + acme.resolve("audit.yaml")), r::toString);
        assertTrue(line.contains(expected), r::toString);
    }

    @Test
    void settingsAreDefaultsThenAuditYamlThenCommandLine() {
        Path acme = Cli.auditWith("valid-full.yaml", tmp.resolve("acme")); // maxPages 50, maxDepth 3, threads 2, delay 0
        AuditCommand audit = parse("audit", acme.toString(), "--max-pages", "7", "--delay-ms", "250");
        CrawlSettings settings = audit.settings(audit.definition());
        assertEquals(7, settings.maxPages());
        assertEquals(3, settings.maxDepth());
        assertEquals(2, settings.threads());
        assertEquals(250, settings.delayMillis());
        assertTrue(settings.ignoreRobots());
        assertEquals(CrawlSettings.DEFAULTS.readTimeoutMillis(), settings.readTimeoutMillis());
    }

    @Test
    void withoutAnyOverrideTheDefaultsApply() {
        AuditCommand audit = parse("audit", "--url", "https://www.acme.fr/");
        assertEquals(CrawlSettings.DEFAULTS, audit.settings(audit.definition()));
    }

    @Test
    void ignoreRobotsOnTheCommandLineTurnsItOn() {
        AuditCommand audit = parse("audit", "--url", "https://www.acme.fr/", "--ignore-robots");
        assertTrue(audit.settings(audit.definition()).ignoreRobots());
    }

    @Test
    void auditFolderRunsGoIntoItsRunsFolder() {
        Path acme = Cli.auditWith("valid-minimal.yaml", tmp.resolve("acme"));
        AuditCommand audit = parse("audit", acme.toString());
        AuditDefinition definition = audit.definition();
        assertEquals("acme", definition.slug());
        assertEquals(acme.resolve("runs"), audit.runsDir(definition));
    }

    @Test
    void theAuditYamlFileItselfIsAcceptedInPlaceOfItsFolder() {
        Path acme = Cli.auditWith("valid-minimal.yaml", tmp.resolve("acme"));
        AuditCommand audit = parse("audit", acme.resolve("audit.yaml").toString());
        AuditDefinition definition = audit.definition();
        assertEquals("acme", definition.slug());
        assertEquals(acme.resolve("runs"), audit.runsDir(definition));
    }

    @Test
    void urlAuditIsNamedAfterItsHost() {
        AuditCommand audit = parse("audit", "--url", "https://www.Acme-Paris.fr/boutique");
        AuditDefinition definition = audit.definition();
        assertEquals("www-acme-paris-fr", definition.slug());
        assertEquals("www.Acme-Paris.fr", definition.company());
        assertEquals(URI.create("https://www.Acme-Paris.fr/boutique"), definition.website());
        assertEquals("fr", definition.language());
        assertEquals(Path.of("audits", "www-acme-paris-fr", "runs"), audit.runsDir(definition));
    }

    @Test
    void outChoosesTheRunsFolder() {
        Path out = tmp.resolve("elsewhere");
        AuditCommand audit = parse("audit", "--url", "http://127.0.0.1:8080/", "--out", out.toString());
        AuditDefinition definition = audit.definition();
        assertEquals("127-0-0-1", definition.slug());
        assertEquals(out, audit.runsDir(definition));
    }

    @Test
    void langOverridesTheAuditYamlLanguage() {
        Path acme = Cli.auditWith("valid-full.yaml", tmp.resolve("acme")); // language: en
        assertEquals("en", parse("audit", acme.toString()).definition().language());
        assertEquals("fr", parse("audit", acme.toString(), "--lang", "fr").definition().language());
    }

    @Test
    void slugOfAHostKeepsLettersAndDigits() {
        assertEquals("www-acme-fr", AuditCommand.slugOf("www.acme.fr"));
        assertEquals("1", AuditCommand.slugOf("[::1]"));
        assertEquals("xn--caf-dma-fr", AuditCommand.slugOf("xn--caf-dma.fr"));
    }

    @Test
    void nothingIsWrittenWhenAuditYamlIsBad() throws Exception {
        Path acme = Cli.auditWith("max-pages-zero.yaml", tmp.resolve("acme"));
        Cli.run("audit", acme.toString());
        assertTrue(Files.notExists(acme.resolve("runs")));
    }

    /** The audit command as picocli fills it from {@code args}, without running it. */
    private static AuditCommand parse(String... args) {
        ParseResult parsed = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .parseArgs(args);
        return (AuditCommand) parsed.subcommand().commandSpec().userObject();
    }
}
