package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditFiles;
import dev.vitrine.model.CrawlSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesAnAuditYamlThatAuditAccepts() {
        Path audits = tmp.resolve("audits");
        Cli.Result r = Cli.run("init", "boulangerie-martin", "--website", "https://www.boulangerie-martin.fr/",
                "--company", "Boulangerie Martin", "--audits", audits.toString());

        assertEquals(0, r.exitCode(), r::toString);
        Path file = audits.resolve("boulangerie-martin").resolve("audit.yaml");
        assertEquals(file.toString(), r.lastLine());
        AuditDefinition definition = AuditFiles.read(file);
        assertEquals("boulangerie-martin", definition.slug());
        assertEquals("Boulangerie Martin", definition.company());
        assertEquals(URI.create("https://www.boulangerie-martin.fr/"), definition.website());
        assertEquals("fr", definition.language());
        assertEquals(List.of("visibility", "leads"), definition.objectives());
        assertEquals(CrawlSettings.DEFAULTS, definition.crawl().applyTo(CrawlSettings.DEFAULTS));
    }

    @Test
    void companyDefaultsToTheWebsiteHost() {
        Path audits = tmp.resolve("audits");
        Cli.run("init", "acme", "--website", "https://www.acme.fr/", "--audits", audits.toString());
        assertEquals("www.acme.fr", AuditFiles.read(audits.resolve("acme/audit.yaml")).company());
    }

    @Test
    void refusesToOverwriteAnExistingAudit() throws Exception {
        Path audits = tmp.resolve("audits");
        Cli.run("init", "acme", "--website", "https://www.acme.fr/", "--audits", audits.toString());
        Path file = audits.resolve("acme/audit.yaml");
        String before = Files.readString(file);

        Cli.Result r = Cli.run("init", "acme", "--website", "https://other.fr/", "--audits", audits.toString());

        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("vitrine: " + file + " already exists: edit it, or choose another name", r.err().strip());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void refusesASlugThatIsNotAFolderName() {
        for (String slug : new String[] {"Acme", "acme corp", "../acme", "acmé", "acme_2"}) {
            Cli.Result r = Cli.run("init", slug, "--website", "https://www.acme.fr/", "--audits", tmp.toString());
            assertEquals(3, r.exitCode(), () -> slug + ": " + r);
            assertTrue(r.err().startsWith("vitrine: \"" + slug + "\" is not a valid audit name"), r::toString);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "nothing written");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void websiteIsCheckedLikeInAuditYaml() {
        Cli.Result r = Cli.run("init", "acme", "--website", "www.acme.fr", "--audits", tmp.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: --website must be an absolute http:// or https:// URL, got \"www.acme.fr\""),
                r::toString);
    }

    @Test
    void websiteIsRequired() {
        Cli.Result r = Cli.run("init", "acme", "--audits", tmp.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("'--website=URL'"), r::toString);
    }
}
