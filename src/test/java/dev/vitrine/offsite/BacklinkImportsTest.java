package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacklinkImportsTest {

    private static final String COMPANY = "boulangerie-martin.fr";

    @TempDir
    Path dir;

    private static Path fixtures() throws URISyntaxException {
        return Path.of(BacklinkImportsTest.class.getResource("/backlinks/plain-links.csv").toURI()).getParent();
    }

    private static BacklinkImports.Result read(Path dir, String... files) {
        return BacklinkImports.read(List.of(files), dir, COMPANY, Directories.builtIn(), null);
    }

    private static BacklinkImports.Result fixture(String file) throws URISyntaxException {
        return read(fixtures(), file);
    }

    @Test
    void readsSearchConsoleTopLinkingSitesAsDomainCounts() throws Exception {
        BacklinkImports.Result result = fixture("search-console-top-linking-sites.csv");

        Offsite.ImportFile file = result.files().get(0);
        assertEquals("search-console-top-sites", file.format());
        assertEquals(4, file.rows());
        assertEquals(3, file.links(), "the company's own domain is not a linking site");
        assertNull(file.error());
        assertEquals(List.of(
                new LinkingDomain("lyon-gourmand.fr", 1240, "import:search-console-top-linking-sites.csv"),
                new LinkingDomain("mairie-exemple.fr", 87, "import:search-console-top-linking-sites.csv"),
                new LinkingDomain("annuaire-boulangers.example", 3, "import:search-console-top-linking-sites.csv")),
                result.domains());
        assertTrue(result.links().isEmpty());
    }

    @Test
    void readsSearchConsoleLatestLinksWithoutTargetAndFindsListings() throws Exception {
        BacklinkImports.Result result = fixture("search-console-latest-links.csv");

        assertEquals("search-console-latest-links", result.files().get(0).format());
        assertEquals(3, result.files().get(0).links());
        assertEquals(3, result.links().size());
        assertNull(result.links().get(0).targetUrl());
        assertNull(result.links().get(0).rel(), "Search Console does not say nofollow or not");
        Offsite.Directory listing = result.directories().get(0);
        assertEquals("pagesjaunes", listing.id());
        assertEquals("import", listing.foundOn());
        assertEquals("search-console-latest-links.csv", listing.from());
    }

    @Test
    void readsAnAhrefsExportInUtf16WithTabs() throws Exception {
        BacklinkImports.Result result = fixture("ahrefs-backlinks-utf16.csv");

        assertEquals("ahrefs", result.files().get(0).format());
        assertEquals(3, result.links().size());
        FoundLink first = result.links().get(0);
        assertEquals("https://www.lyon-gourmand.fr/meilleures-boulangeries-2026", first.sourceUrl());
        assertEquals("https://www.boulangerie-martin.fr/", first.targetUrl());
        assertEquals("Boulangerie Martin", first.anchor());
        assertEquals(List.of("follow", "ugc", "sponsored"), rels(result));
        assertEquals("la galette frangipane", result.links().get(1).anchor());
        assertEquals("", result.links().get(2).anchor());
    }

    @Test
    void readsAMajesticExportAndItsNoFollowFlag() throws Exception {
        BacklinkImports.Result result = fixture("majestic-backlinks.csv");

        assertEquals("majestic", result.files().get(0).format());
        assertEquals(3, result.files().get(0).rows());
        assertEquals(2, result.files().get(0).links(), "a row pointing to another site is not a backlink");
        assertEquals(List.of("follow", "nofollow"), rels(result));
        assertEquals("galette des rois à Lyon", result.links().get(1).anchor());
    }

    @Test
    void readsASemrushExportSeparatedBySemicolonsWithQuotedFields() throws Exception {
        BacklinkImports.Result result = fixture("semrush-backlinks-semicolon.csv");

        assertEquals("semrush", result.files().get(0).format());
        assertEquals(2, result.links().size());
        assertEquals("cliquez ici", result.links().get(0).anchor());
        assertEquals("https://boulangerie-martin.fr/pains/levain", result.links().get(1).targetUrl());
        assertEquals(List.of("follow", "nofollow"), rels(result));
    }

    @Test
    void readsSponsoredAndUgcColumnsOfSemrush() throws IOException {
        write("semrush.csv", "Page ascore,Source title,Source url,Target url,Anchor,Nofollow,Sponsored,Ugc\n"
                + "3,Forum,https://forum.example/t/1,https://www.boulangerie-martin.fr/,Martin,true,false,true\n"
                + "8,Annonce,https://pub.example/a,https://www.boulangerie-martin.fr/,Martin,false,true,false\n");

        assertEquals(List.of("ugc", "sponsored"), rels(read(dir, "semrush.csv")));
    }

    @Test
    void readsAPlainFileKeepingOnlyLinksToTheCompany() throws Exception {
        BacklinkImports.Result result = fixture("plain-links.csv");

        assertEquals("plain", result.files().get(0).format());
        assertEquals(3, result.files().get(0).rows());
        assertEquals(2, result.links().size());
        assertEquals("horaires d'ouverture", result.links().get(1).anchor());
        assertNull(result.links().get(1).rel());
    }

    @Test
    void readsTabSeparatedUtf8WithBomAndUtf16BigEndian() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String tab = "source_url\ttarget_url\tanchor\trel\n"
                + "https://a.example/p\thttps://www.boulangerie-martin.fr/\tMartin\tnofollow ugc\n";
        Files.write(dir.resolve("tab.tsv"), concat(bom, tab.getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("be.csv"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Linking page,Last crawled\nhttps://b.example/q,2026-10-01\n".getBytes(StandardCharsets.UTF_16BE)));

        BacklinkImports.Result result = read(dir, "tab.tsv", "be.csv");

        assertEquals("plain", result.files().get(0).format());
        assertEquals("ugc", result.links().get(0).rel());
        assertEquals("search-console-latest-links", result.files().get(1).format());
        assertEquals("https://b.example/q", result.links().get(1).sourceUrl());
    }

    @Test
    void saysWhichHeaderRowsItExpectsForAnUnknownFile() throws Exception {
        BacklinkImports.Result result = fixture("search-console-top-linked-pages.csv");

        Offsite.ImportFile file = result.files().get(0);
        assertNull(file.format());
        assertEquals(0, file.links());
        assertTrue(file.error().contains("\"Target page, Incoming links, Linking sites\""), file.error());
        for (String expected : List.of("Site, Linking pages, Target pages", "Linking page, Last crawled",
                "Referring page URL", "FlagNoFollow", "Source url, Target url", "source_url, target_url")) {
            assertTrue(file.error().contains(expected), expected + " in " + file.error());
        }
    }

    @Test
    void recordsAMissingFileAndGoesOnWithTheNextOne() throws Exception {
        write("plain.csv", "source_url,target_url\nhttps://a.example/,https://www.boulangerie-martin.fr/\n");

        BacklinkImports.Result result = read(dir, "absent.csv", "plain.csv");

        assertNull(result.files().get(0).format());
        assertTrue(result.files().get(0).error().contains("absent.csv"), result.files().get(0).error());
        assertEquals(1, result.links().size());
    }

    @Test
    void refusesAMissingImportBeforeTheCrawlNamingItsKey() throws IOException {
        write("present.csv", "source_url,target_url\n");
        AuditDefinition audit = new AuditDefinition("martin", "Boulangerie Martin",
                URI.create("https://www.boulangerie-martin.fr/"), "fr", List.of(), List.of(),
                new AuditDefinition.Backlinks(List.of(), List.of("present.csv", "typo.csv")), null);

        VitrineException e = assertThrows(VitrineException.class, () -> BacklinkImports.checkReadable(audit, dir));

        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("backlinks.imports[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("typo.csv"), e.getMessage());
    }

    @Test
    void readsAtMostOneHundredThousandRowsAndCutsLongFields() throws IOException {
        StringBuilder csv = new StringBuilder("source_url,target_url,anchor\n");
        String longAnchor = "a".repeat(5_000);
        for (int i = 0; i < BacklinkImports.MAX_ROWS + 5; i++) {
            csv.append("https://s").append(i % 50).append(".example/p").append(i)
                    .append(",https://www.boulangerie-martin.fr/,").append(i == 0 ? longAnchor : "pain").append('\n');
        }
        write("big.csv", csv.toString());

        BacklinkImports.Result result = read(dir, "big.csv");

        assertEquals(BacklinkImports.MAX_ROWS, result.files().get(0).rows());
        assertEquals(FoundLink.MAX_ANCHOR, result.links().get(0).anchor().length());
    }

    @Test
    void readsCountsWrittenWithThousandsSeparators() {
        assertEquals(1240, BacklinkImports.count("1,240"));
        assertEquals(1240, BacklinkImports.count("1\u202F240"));
        assertEquals(56, BacklinkImports.count("56"));
        assertEquals(0, BacklinkImports.count("beaucoup"));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> rels(BacklinkImports.Result result) {
        return result.links().stream().map(FoundLink::rel).collect(Collectors.toList());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
