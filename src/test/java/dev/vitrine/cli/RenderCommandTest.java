package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.site.SiteFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vitrine render} on a hand-written run. The page templates come from --templates
 * (tiny ones): these tests are about the command, not the real templates.
 */
class RenderCommandTest {

    @TempDir
    Path tmp;

    @Test
    void rendersTheRunAndPrintsItsIndexLast() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        Path templates = SiteFixtures.tinyTemplates(tmp.resolve("templates"));

        Cli.Result r = Cli.run("render", run.toString(), "--templates", templates.toString(), "--lang", "en");

        assertEquals(0, r.exitCode(), r::toString);
        Path index = run.resolve("site").resolve("index.html");
        assertEquals(index.toString(), r.lastLine());
        assertTrue(Files.readString(index).contains("lang=\"en\""), "--lang wins over the audit's language");
    }

    @Test
    void theAuditsSiteTemplatesFolderOverridesAndTemplatesWinsOverIt() throws IOException {
        Path audit = tmp.resolve("audits/acme");
        Path run = SiteFixtures.run(audit.resolve("runs/2026-11-23T101500Z"), "fr", 0);
        Files.writeString(audit.resolve("audit.yaml"), "website: https://www.acme.fr/\n");
        Path auditTemplates = SiteFixtures.tinyTemplates(audit.resolve("site-templates"));
        Files.writeString(auditTemplates.resolve("pages/backlinks.html"), "<p>from the audit</p>");
        Files.writeString(auditTemplates.resolve("pages/social.html"), "<p>from the audit</p>");
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine.resolve("pages"));
        Files.writeString(mine.resolve("pages/social.html"), "<p>from --templates</p>");

        Cli.Result r = Cli.run("render", run.toString(), "--templates", mine.toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.readString(run.resolve("site/backlinks.html")).contains("from the audit"));
        assertTrue(Files.readString(run.resolve("site/social.html")).contains("from --templates"));
    }

    @Test
    void aFolderThatIsNotARunIsExitCode3() {
        Cli.Result r = Cli.run("render", tmp.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: " + tmp + " is not a scored run folder"), r::toString);

        Cli.Result missing = Cli.run("render", tmp.resolve("nowhere").toString());
        assertEquals(3, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("is not a run folder"), missing::toString);
    }

    @Test
    void aBrokenTemplateIsExitCode3AndNamesTheFile() throws IOException {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        Path templates = SiteFixtures.tinyTemplates(tmp.resolve("templates"));
        Path broken = templates.resolve("pages/overview.html");
        Files.writeString(broken, "<p th:text=\"${overview.nothing.here}\"></p>");

        Cli.Result r = Cli.run("render", run.toString(), "--templates", templates.toString());

        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("template " + broken), r::toString);
        assertEquals(1, r.err().strip().lines().count(), "one sentence, no stack trace without -v");
        assertFalse(Files.exists(run.resolve("site")), "nothing half-written");
    }

    @Test
    void aTemplatesFolderThatDoesNotExistIsExitCode3() {
        Path run = SiteFixtures.run(tmp.resolve("run"), "fr", 0);
        Cli.Result r = Cli.run("render", run.toString(), "--templates", tmp.resolve("nope").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("nope is not a folder of templates"), r::toString);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Cli.Result r = Cli.run("render", tmp.toString(), "--lang", "de");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--lang must be fr or en"), r::toString);
    }
}
