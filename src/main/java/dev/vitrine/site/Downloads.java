package dev.vitrine.site;

import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.site.ReportModel.Download;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The run's data beside the report, in {@code downloads/}: result.json and pages.jsonl as
 * they are, findings.csv and pages.csv for spreadsheets (pages.csv is written by
 * {@link PagesPass}).
 */
final class Downloads {

    static final String DIR = "downloads";
    static final String RESULT = "result.json";
    static final String PAGES = "pages.jsonl";
    static final String FINDINGS_CSV = "findings.csv";
    static final String PAGES_CSV = "pages.csv";
    /** Ids of the files, for their labels in the bundle: download.<id>.label and .description. */
    static final List<String[]> FILES = List.of(
            new String[] {RESULT, "result"}, new String[] {PAGES, "pages"},
            new String[] {FINDINGS_CSV, "findings"}, new String[] {PAGES_CSV, "pagescsv"});

    static final List<String> FINDINGS_HEADER = List.of("criterion", "element", "element_title", "stage", "weight",
            "effort", "objectives", "verdict", "score", "title", "summary", "evidence_count", "evidence",
            "recommendation");

    private Downloads() {}

    static void copyRunFiles(Path runDir, Path downloads) throws IOException {
        Files.copy(runDir.resolve(RESULT), downloads.resolve(RESULT), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(runDir.resolve(PAGES), downloads.resolve(PAGES), StandardCopyOption.REPLACE_EXISTING);
    }

    static void writeFindings(Views views, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(Csv.BOM);
            Csv.row(out, FINDINGS_HEADER);
            for (Finding f : views.result().findings()) {
                List<String> evidence = new ArrayList<>();
                for (Example e : Views.examples(f)) {
                    evidence.add(Texts.orEmpty(e.url()) + (e.value() == null || e.value().isEmpty() ? "" : " " + e.value()));
                }
                Csv.row(out, Arrays.asList(f.criterion(), f.element(), views.elementTitle(f.element()), f.stage(),
                        f.weight(), f.effort(), f.objectives() == null ? "" : String.join(" ", f.objectives()),
                        Views.verdictId(f.verdict()), f.score(), views.text(f.title()), views.text(f.summary()),
                        f.evidence() == null ? 0 : f.evidence().count(), String.join("\n", evidence),
                        views.text(f.recommendation())));
            }
        }
    }

    /** The entries of downloads.html, with the size of each file as written. */
    static List<Download> list(Views views, Path downloads) throws IOException {
        Messages m = views.labels().messages();
        List<Download> list = new ArrayList<>();
        for (String[] file : FILES) {
            Path path = downloads.resolve(file[0]);
            String size = Files.exists(path) ? views.format().size(Files.size(path)) : Format.NONE;
            list.add(new Download(DIR + "/" + file[0], m.get("download." + file[1] + ".label"),
                    m.get("download." + file[1] + ".description"), size));
        }
        return list;
    }
}
