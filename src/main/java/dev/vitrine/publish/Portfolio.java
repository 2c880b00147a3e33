package dev.vitrine.publish;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.Json;
import dev.vitrine.run.Runs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code vitrine publish} publishes: every audit of an audits folder that has at least
 * one finished run with a rendered report, and those runs, oldest first. Tolerant and
 * bounded: an audit whose results cannot be read, a run without a report, a folder whose
 * name cannot be a web address are each reported in one sentence and left out; the rest is
 * published.
 *
 * @param audits the audits to publish, by slug
 */
public record Portfolio(List<Audit> audits) {

    /** At most this many audits, and this many runs per audit, are published (the newest runs). */
    static final int MAX_AUDITS = 2_000;
    static final int MAX_RUNS = 500;
    /** A result.json larger than this is not read: it is not one Vitrine wrote. */
    static final long MAX_RESULT_BYTES = 64L * 1024 * 1024;
    static final int MAX_COMPANY_CHARS = 200;
    /** Folder names that can appear in a URL as they are, without a leading dot. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    /** Names the portfolio itself uses at its top level. */
    static final Set<String> RESERVED = Set.of(PortfolioLayout.ASSETS_DIR, PortfolioLayout.INDEX,
            PortfolioLayout.ROBOTS, PortfolioLayout.SITEMAP);

    public Portfolio {
        audits = List.copyOf(audits);
    }

    /** One audit and its published runs, oldest first (never empty). */
    public record Audit(String slug, String company, List<Run> runs) {
        public Audit {
            runs = List.copyOf(runs);
        }

        public Run latest() {
            return runs.get(runs.size() - 1);
        }
    }

    /**
     * One finished run with a report.
     *
     * @param score    0..100, or null when nothing could be scored
     * @param belt     as result.json says (checked against the known belts when shown)
     * @param scoredAt when the run was scored, or null when result.json does not say
     * @param site     the run's report folder, copied as it is
     */
    public record Run(String runId, Double score, String belt, Instant scoredAt, Path site) {}

    /** The publishable audits under {@code auditsDir}, by slug; each one left out is told to {@code notices}. */
    public static Portfolio collect(Path auditsDir, Consumer<String> notices) {
        List<Path> folders;
        try (Stream<Path> children = Files.list(auditsDir)) {
            folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the audits in " + auditsDir + ": " + e.getMessage(), e);
        }
        List<Audit> audits = new ArrayList<>();
        for (Path folder : folders) {
            if (audits.size() == MAX_AUDITS) {
                notices.accept("only the first " + MAX_AUDITS + " audits of " + auditsDir + " are published");
                break;
            }
            Audit audit = audit(folder, notices);
            if (audit != null) {
                audits.add(audit);
            }
        }
        return new Portfolio(audits);
    }

    private static Audit audit(Path folder, Consumer<String> notices) {
        String slug = folder.getFileName().toString();
        if (!SAFE_NAME.matcher(slug).matches() || RESERVED.contains(slug)) {
            notices.accept("skipped " + folder + ": its name cannot be a folder of the portfolio"
                    + " (letters, digits, '.', '-' and '_' only, and not " + String.join(", ", RESERVED.stream().sorted().toList()) + ")");
            return null;
        }
        List<Path> finished;
        try {
            finished = Runs.finished(folder.resolve("runs"));
        } catch (UncheckedIOException e) {
            notices.accept("skipped " + folder + ": " + e.getMessage());
            return null;
        }
        if (finished.isEmpty()) {
            return null; // an audit never run (or only run into another folder): nothing to publish, nothing wrong
        }
        if (finished.size() > MAX_RUNS) {
            notices.accept(folder + " has " + finished.size() + " runs: only the latest " + MAX_RUNS + " are published");
            finished = finished.subList(finished.size() - MAX_RUNS, finished.size());
        }
        List<Run> runs = new ArrayList<>();
        String company = null;
        for (Path runDir : finished) {
            String runId = runDir.getFileName().toString();
            Path site = runDir.resolve(PortfolioLayout.SITE_DIR);
            if (!SAFE_NAME.matcher(runId).matches()) {
                notices.accept("skipped the run " + runDir + ": its name cannot be part of a web address");
                continue;
            }
            if (!Files.isRegularFile(site.resolve(PortfolioLayout.INDEX))) {
                notices.accept("skipped the run " + runDir + ": it has no report (render it with: vitrine render " + runDir + ")");
                continue;
            }
            AuditResult result;
            try {
                result = read(runDir.resolve(Runs.RESULT_FILE));
            } catch (IOException | RuntimeException e) {
                // One unreadable result makes the audit's history (scores, trend) untrustworthy: leave it all out.
                notices.accept("skipped the audit " + folder + ": cannot read " + runDir.resolve(Runs.RESULT_FILE)
                        + " (" + firstLine(e.getMessage()) + ")");
                return null;
            }
            if (result.audit() != null && result.audit().company() != null && !result.audit().company().isBlank()) {
                company = result.audit().company();
            }
            Double score = result.overallScore();
            if (score != null && (score.isNaN() || score < 0 || score > 100)) {
                score = null;
            }
            runs.add(new Run(runId, score, result.belt(), result.scoredAt(), site));
        }
        if (runs.isEmpty()) {
            notices.accept("skipped the audit " + folder + ": none of its runs has a report");
            return null;
        }
        return new Audit(slug, bounded(company == null ? slug : company.strip()), runs);
    }

    private static AuditResult read(Path file) throws IOException {
        if (Files.size(file) > MAX_RESULT_BYTES) {
            throw new IOException("larger than " + MAX_RESULT_BYTES / (1024 * 1024) + " MB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            AuditResult result = Json.MAPPER.readValue(in, AuditResult.class);
            if (result == null) {
                throw new IOException("empty");
            }
            return result;
        }
    }

    private static String bounded(String text) {
        return text.length() <= MAX_COMPANY_CHARS ? text : text.substring(0, MAX_COMPANY_CHARS - 1) + "…";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
