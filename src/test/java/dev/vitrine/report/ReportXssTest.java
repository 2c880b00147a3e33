package dev.vitrine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A site whose every field carries a payload ({@link HostileSite}), audited and rendered by
 * the real pipeline: nothing it wrote can run in the report, what it wrote is still shown
 * (as text), and the CSV downloads cannot run formulas in a spreadsheet.
 */
class ReportXssTest {

    static Path run;
    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void auditTheHostileSite() {
        run = HostileSite.run();
        site = run.resolve("site");
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "the audit renders " + site);
        pages = SiteLinkChecker.htmlFiles(site);
    }

    @Test
    void noPageRunsAnythingTheSiteWrote() {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            problems.addAll(HostileSite.problems(SiteLinkChecker.parse(page), site.relativize(page).toString()));
        }
        assertEquals(List.of(), problems, () -> SiteLinkChecker.describe(problems));
    }

    @Test
    void noPageHoldsTheSitesMarkupUnescaped() {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String html = ReportFixtures.read(page).toLowerCase(Locale.ROOT);
            for (String raw : HostileSite.RAW_MARKUP) {
                int at = html.indexOf(raw.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    problems.add(site.relativize(page) + ": " + HostileSite.abbreviate(html.substring(Math.max(0, at - 60),
                            Math.min(html.length(), at + 80))));
                }
            }
        }
        assertEquals(List.of(), problems, () -> SiteLinkChecker.describe(problems));
    }

    @Test
    void showsWhatTheSiteWroteAsText() {
        String text = pages.stream().map(p -> SiteLinkChecker.parse(p).text()).collect(Collectors.joining("\n"));
        for (String payload : List.of(HostileSite.COMPANY, HostileSite.TITLE, "<script>alert('description')</script>",
                HostileSite.H1)) {
            assertTrue(text.contains(payload), "the report shows, as text: " + payload);
        }
        for (Path page : pages) {
            assertTrue(SiteLinkChecker.parse(page).text().contains(HostileSite.COMPANY), "the company, as text, on " + page);
        }
    }

    @Test
    void evaluatesNoExpressionTheSiteWrote() {
        for (Path page : pages) {
            Document doc = SiteLinkChecker.parse(page);
            assertFalse(doc.text().contains(HostileSite.EVALUATED), "a template expression from the site was evaluated in " + page);
            assertFalse(doc.outerHtml().contains(HostileSite.EVALUATED), "a template expression from the site was evaluated in " + page);
        }
        String text = pages.stream().map(p -> SiteLinkChecker.parse(p).text()).collect(Collectors.joining("\n"));
        assertTrue(text.contains("[[${191*7001}]]"), "the heading is shown as written");
    }

    @Test
    void thePagesDataCannotCloseItsScript() throws IOException {
        Path data = site.resolve("data/pages.js");
        assertTrue(Files.isRegularFile(data), "the crawled pages' data for the table script");
        String js = Files.readString(data);
        assertFalse(Pattern.compile("</script", Pattern.CASE_INSENSITIVE).matcher(js).find(), "raw </script in data/pages.js");
        assertFalse(Pattern.compile("<!--", Pattern.CASE_INSENSITIVE).matcher(js).find(), "raw <!-- in data/pages.js");
        assertFalse(js.contains(HostileSite.EVALUATED));
    }

    @Test
    void theLinkCheckHoldsOnTheHostileSitesReport() {
        List<String> problems = SiteLinkChecker.check(site, HostileSite.COMPANY);
        assertEquals(List.of(), problems, () -> SiteLinkChecker.describe(problems));
    }

    @Test
    void theCsvDownloadsRunNoFormula() throws IOException {
        Path downloads = site.resolve("downloads");
        List<Path> csvs;
        try (Stream<Path> files = Files.list(downloads)) {
            csvs = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<String> names = csvs.stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("pages.csv", "findings.csv")), names.toString());

        List<String> problems = new ArrayList<>();
        int payloadCells = 0;
        for (Path csv : csvs) {
            for (List<String> row : Csv.read(csv)) {
                for (String cell : row) {
                    if (Csv.isFormula(cell)) {
                        problems.add(csv.getFileName() + ": " + HostileSite.abbreviate(cell));
                    }
                    if (cell.contains("HYPERLINK(") || cell.contains("cmd|")) {
                        payloadCells++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems, () -> "cells a spreadsheet would run: " + SiteLinkChecker.describe(problems));
        assertTrue(payloadCells >= 2, "the formulas are kept, as text (" + payloadCells + " cells)");
        String pagesCsv = Files.readString(downloads.resolve("pages.csv"));
        assertTrue(pagesCsv.contains(HostileSite.FORMULA_TITLE.substring(1).replace("\"", "\"\"")),
                "pages.csv keeps the title's text, neutralised");
    }

    /** RFC 4180 CSV, comma or semicolon separated (the header line tells which), UTF-8 with or without BOM. */
    static final class Csv {

        private Csv() {}

        static List<List<String>> read(Path file) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String firstLine = text.lines().findFirst().orElse("");
            char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                    ? ';' : ',';
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == separator) {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }

        /**
         * A cell a spreadsheet would read as a formula: it starts with =, +, @, a tab or a
         * carriage return, or with - and is not a plain number (negative depths are fine).
         */
        static boolean isFormula(String cell) {
            if (cell.isEmpty()) {
                return false;
            }
            char first = cell.charAt(0);
            if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
                return true;
            }
            return first == '-' && !cell.matches("-\\d+([.,]\\d+)?");
        }
    }
}
