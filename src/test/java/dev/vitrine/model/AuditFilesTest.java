package dev.vitrine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditFilesTest {

    @TempDir
    Path tmp;

    // ---- reading good files ----------------------------------------------------------------

    @Test
    void readsEveryKeyOfTheDesignExample() throws IOException {
        AuditDefinition d = AuditFiles.read(fixture("valid-full.yaml"));
        assertEquals("acme", d.slug());
        assertEquals("Boulangerie Martin", d.company());
        assertEquals(URI.create("https://www.boulangerie-martin.fr/"), d.website());
        assertEquals("en", d.language());
        assertEquals(List.of("visibility", "leads"), d.objectives());
        assertEquals(List.of(
                new AuditDefinition.Competitor("Maison Dupont", URI.create("https://www.maison-dupont.fr/")),
                new AuditDefinition.Competitor("fournil-durand.fr", URI.create("https://fournil-durand.fr/"))),
                d.competitors());
        assertEquals(List.of(AuditDefinition.Backlinks.Source.of(URI.create("https://www.pagesjaunes.fr/pros/12345678"))), d.backlinks().sources());
        assertEquals(List.of("search-console-links.csv"), d.backlinks().imports());
        assertEquals(new AuditDefinition.CrawlOverrides(50, 3, 2, 0, true), d.crawl());
    }

    @Test
    void onlyTheWebsiteIsRequired() throws IOException {
        AuditDefinition d = AuditFiles.read(fixture("valid-minimal.yaml"));
        assertEquals("www.acme.fr", d.company(), "company defaults to the website's host");
        assertEquals("fr", d.language());
        assertEquals(List.of(), d.objectives());
        assertEquals(List.of(), d.competitors());
        assertEquals(AuditDefinition.CrawlOverrides.NONE, d.crawl());
    }

    @Test
    void slugIsTheFolderNameEvenForARelativeDot() {
        assertEquals("acme", AuditFiles.slugOf(Path.of("audits/acme/audit.yaml")));
        assertEquals(Path.of("").toAbsolutePath().getFileName().toString(), AuditFiles.slugOf(Path.of("./audit.yaml")));
    }

    @Test
    void internationalDomainNamesAreAccepted() {
        assertEquals(URI.create("https://xn--caf-dma.fr:8080/menu"), AuditFiles.webUrl("https://café.fr:8080/menu"));
    }

    // ---- one sentence per mistake ----------------------------------------------------------

    @Test
    void unknownKeyListsTheKnownKeys() throws IOException {
        assertMessage("unknown-key-crawl.yaml",
                ": unknown key \"crawl.maxPage\" (known keys: maxPages, maxDepth, threads, delayMillis, ignoreRobots)");
        assertMessage("unknown-key-top.yaml",
                ": unknown key \"competitor\" (known keys: company, website, language, objectives, competitors, backlinks, crawl)");
    }

    @Test
    void theSlugIsNotAKey() throws IOException {
        Path file = write("website: https://www.acme.fr/\nslug: acme\n");
        assertEquals(file + ": unknown key \"slug\" (known keys: company, website, language, objectives, competitors,"
                + " backlinks, crawl)", messageOf(file));
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndWhatWasFound() throws IOException {
        assertMessage("max-pages-not-a-number.yaml", ": key \"crawl.maxPages\" must be a whole number, got \"lots\"");
        assertMessage("ignore-robots-not-boolean.yaml", ": key \"crawl.ignoreRobots\" must be true or false, got \"sometimes\"");
        assertMessage("competitors-not-a-list.yaml", ": key \"competitors\" must be a list, got \"Maison Dupont\"");
    }

    @Test
    void fractionsAndHugeNumbersAreNotWholeNumbers() throws IOException {
        Path file = write("website: https://www.acme.fr/\ncrawl:\n  maxPages: 2.5\n");
        assertEquals(file + ": key \"crawl.maxPages\" must be a whole number, got 2.5", messageOf(file));
        file = write("website: https://www.acme.fr/\ncrawl:\n  maxDepth: 99999999999\n");
        assertEquals(file + ": key \"crawl.maxDepth\" must be a whole number up to 2147483647, got 99999999999", messageOf(file));
    }

    @Test
    void quotedNumberIsText() throws IOException {
        Path file = write("website: https://www.acme.fr/\ncrawl:\n  threads: \"4\"\n");
        assertEquals(file + ": key \"crawl.threads\" must be a whole number, got \"4\"", messageOf(file));
    }

    @Test
    void crawlLimitsAreCheckedByCrawlSettings() throws IOException {
        assertMessage("max-pages-zero.yaml", ": key \"crawl.maxPages\" must be at least 1, got 0");
        assertMessage("threads-too-many.yaml", ": key \"crawl.threads\" must be at most 64, got 100");
    }

    @Test
    void everyUrlMustBeAbsoluteHttp() throws IOException {
        String expected = " must be an absolute http:// or https:// URL, got ";
        assertMessage("website-not-absolute.yaml", ": key \"website\"" + expected + "\"www.acme.fr\"");
        assertMessage("website-ftp.yaml", ": key \"website\"" + expected + "\"ftp://acme.fr/\"");
        assertMessage("competitor-website-bad.yaml", ": key \"competitors[0].website\"" + expected + "\"dupont.fr\"");
        assertMessage("backlink-source-bad.yaml", ": key \"backlinks.sources[1]\"" + expected + "\"pagesjaunes acme\"");
    }

    @Test
    void missingWebsiteIsAnError() throws IOException {
        assertMessage("website-missing.yaml",
                ": key \"website\" is missing: give a site's address, e.g. https://www.example.fr/");
        Path file = write("website: https://www.acme.fr/\ncompetitors:\n  - name: Dupont\n");
        assertEquals(file + ": key \"competitors[0].website\" is missing: give a site's address, e.g. https://www.example.fr/",
                messageOf(file));
    }

    @Test
    void languageAndObjectivesComeFromShortLists() throws IOException {
        assertMessage("language-bad.yaml", ": key \"language\" must be fr or en, got \"de\"");
        assertMessage("objective-bad.yaml",
                ": key \"objectives[1]\" must be one of visibility, leads, sales, loyalty, got \"money\"");
    }

    @Test
    void emptyListItemIsNamed() throws IOException {
        Path file = write("website: https://www.acme.fr/\ncompetitors:\n  -\n");
        assertEquals(file + ": key \"competitors[0]\" must have keys name, website, got nothing", messageOf(file));
    }

    @Test
    void missingFileSaysHowToCreateIt() {
        Path file = tmp.resolve("audits/acme/audit.yaml");
        assertEquals(file + " not found (create it with: vitrine init acme --website URL --audits " + tmp.resolve("audits") + ")",
                messageOf(file));
        assertEquals("audits/acme/audit.yaml not found (create it with: vitrine init acme --website URL)",
                messageOf(Path.of("audits/acme/audit.yaml")));
    }

    @Test
    void emptyFileSyntaxErrorAndTopLevelListAreOneSentenceEach() throws IOException {
        assertMessage("empty.yaml", " is empty: it needs at least website: (see vitrine init)");
        assertMessage("syntax-error.yaml", ": YAML syntax error at line 5: mapping values are not allowed here");
        assertMessage("top-level-list.yaml", ": expected keys at the top (company, website, language, objectives,"
                + " competitors, backlinks, crawl), got a list");
        assertMessage("duplicate-key.yaml", ": key \"company\" appears twice at line 3 (keep one)");
    }

    @Test
    void everyErrorIsAConfigurationErrorOnOneLine() throws IOException {
        for (String fixture : List.of("unknown-key-crawl.yaml", "syntax-error.yaml", "empty.yaml", "website-missing.yaml")) {
            VitrineException e = assertThrows(VitrineException.class, () -> AuditFiles.read(fixture(fixture)));
            assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    // ---- writing ---------------------------------------------------------------------------

    @Test
    void templateReadsBackWithTheCrawlDefaults() {
        Path file = tmp.resolve("audits/acme/audit.yaml");
        AuditFiles.writeTemplate(file, "acme", "Acme", URI.create("https://www.acme.fr/"));
        AuditDefinition d = AuditFiles.read(file);
        assertEquals("Acme", d.company());
        assertEquals(URI.create("https://www.acme.fr/"), d.website());
        assertEquals("fr", d.language());
        assertEquals(List.of("visibility", "leads"), d.objectives());
        assertEquals(CrawlSettings.DEFAULTS, d.crawl().applyTo(CrawlSettings.DEFAULTS.withMaxPages(1).withThreads(9)));
    }

    @Test
    void templateKeepsAnAwkwardCompanyNameIntact() {
        String name = "Café \"Le Zinc\": #1 & co\\ l'original";
        Path file = tmp.resolve("zinc/audit.yaml");
        AuditFiles.writeTemplate(file, "zinc", name, URI.create("https://le-zinc.fr/?a=1#top"));
        AuditDefinition d = AuditFiles.read(file);
        assertEquals(name, d.company());
        assertEquals(URI.create("https://le-zinc.fr/?a=1#top"), d.website());
    }

    @Test
    void templateIsCommented() throws IOException {
        Path file = tmp.resolve("acme/audit.yaml");
        AuditFiles.writeTemplate(file, "acme", null, URI.create("https://www.acme.fr/"));
        String text = Files.readString(file);
        assertTrue(text.startsWith("# Audit of www.acme.fr, run with: vitrine audit " + file.getParent()), text);
        assertTrue(text.contains("#   - name: Maison Dupont"), text);
    }

    @Test
    void templateNeverOverwrites() throws IOException {
        Path file = tmp.resolve("acme/audit.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "website: https://mine.fr/\n");
        VitrineException e = assertThrows(VitrineException.class,
                () -> AuditFiles.writeTemplate(file, "acme", "Acme", URI.create("https://www.acme.fr/")));
        assertEquals(file + " already exists: edit it, or choose another name", e.getMessage());
        assertEquals("website: https://mine.fr/\n", Files.readString(file));
    }

    @Test
    void slugIsLowerCaseLettersDigitsAndDashes() {
        assertEquals("boulangerie-martin-2", AuditFiles.checkSlug("boulangerie-martin-2"));
        for (String bad : new String[] {"", "Acme", "-acme", "acme corp", "acme/x", "..", "acmé"}) {
            VitrineException e = assertThrows(VitrineException.class, () -> AuditFiles.checkSlug(bad));
            assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
            assertTrue(e.getMessage().startsWith("\"" + bad + "\" is not a valid audit name"), e.getMessage());
        }
    }

    @Test
    void webUrlAcceptsOnlyAbsoluteHttp() {
        assertEquals(URI.create("http://127.0.0.1:8080/"), AuditFiles.webUrl("http://127.0.0.1:8080/"));
        assertEquals(URI.create("HTTPS://www.acme.fr"), AuditFiles.webUrl(" HTTPS://www.acme.fr "));
        for (String bad : new String[] {"www.acme.fr", "/index.html", "ftp://acme.fr/", "http:/acme.fr", "https://",
                "https://a b.fr/", "mailto:a@acme.fr", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuditFiles.webUrl(bad));
            assertEquals("must be an absolute http:// or https:// URL, got \"" + bad + "\"", e.getMessage());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void assertMessage(String fixture, String afterFileName) throws IOException {
        Path file = fixture(fixture);
        assertEquals(file + afterFileName, messageOf(file));
    }

    private static String messageOf(Path file) {
        VitrineException e = assertThrows(VitrineException.class, () -> AuditFiles.read(file));
        return e.getMessage();
    }

    /** A hand-written fixture from src/test/resources/cli/audit-yaml, as acme/audit.yaml. */
    private Path fixture(String name) throws IOException {
        Path file = tmp.resolve("acme").resolve("audit.yaml");
        Files.createDirectories(file.getParent());
        try (InputStream in = getClass().getResourceAsStream("/cli/audit-yaml/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private Path write(String yaml) throws IOException {
        Path file = tmp.resolve("acme").resolve("audit.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }
}
