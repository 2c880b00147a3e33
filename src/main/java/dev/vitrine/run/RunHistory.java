package dev.vitrine.run;

import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.ElementScore;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.History;
import dev.vitrine.model.History.Change;
import dev.vitrine.model.History.ElementDelta;
import dev.vitrine.model.History.RunPoint;
import dev.vitrine.model.Json;
import dev.vitrine.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a run's {@link History} from the finished runs of its audit that came before it
 * ({@link Runs}: an interrupted or failed run is never among them). Reads at most the last
 * {@link #MAX_EARLIER} of them; an earlier run whose result.json cannot be read is skipped,
 * never fatal: the history of an audit must not stop a new run.
 */
public final class RunHistory {

    /** Earlier runs on the chart: with the current run, at most 24 points. */
    public static final int MAX_EARLIER = 23;
    /** A result.json larger than this is not ours to read (ours are a few hundred kB). */
    static final long MAX_RESULT_BYTES = 64L * 1024 * 1024;
    /** Where a run's report starts, inside its folder (the site stage's SITE_DIR and INDEX). */
    static final String REPORT_INDEX = "site/index.html";

    private RunHistory() {}

    /**
     * The history of a run in {@code runsDir}.
     *
     * @param currentRunId the run's folder name, or null for a run still being written (its
     *                     temporary folder is not listed, and every finished run came before it)
     */
    public static History of(Path runsDir, String currentRunId, AuditResult current) {
        List<Path> earlier;
        try {
            earlier = Runs.finished(runsDir).stream()
                    .filter(p -> currentRunId == null || Runs.BY_RUN_ID.compare(name(p), currentRunId) < 0)
                    .toList();
        } catch (UncheckedIOException e) {
            return History.NONE; // a runs folder that cannot be listed has no history to show, and must not stop this run
        }
        return compare(earlier, current);
    }

    /** The history of a finished run folder, read from its own result.json; empty when that cannot be read. */
    public static History of(Path runDir) {
        Path dir = runDir.toAbsolutePath().normalize();
        AuditResult current = read(dir.resolve(Runs.RESULT_FILE));
        if (current == null || dir.getParent() == null) {
            return History.NONE;
        }
        return of(dir.getParent(), name(dir), current);
    }

    /** {@code earlier} oldest first; the newest readable one is the previous run. */
    static History compare(List<Path> earlier, AuditResult current) {
        List<RunPoint> points = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        AuditResult previous = null;
        for (int i = earlier.size() - 1; i >= 0 && points.size() < MAX_EARLIER; i--) {
            Path run = earlier.get(i);
            AuditResult result = read(run.resolve(Runs.RESULT_FILE));
            if (result == null) {
                skipped.add(name(run));
                continue;
            }
            if (previous == null) {
                previous = result;
            }
            points.add(point(run, result));
        }
        if (previous == null) {
            return new History(List.of(), null, List.of(), List.of(), List.of(), skipped);
        }
        Collections.reverse(points);
        Collections.reverse(skipped);
        return new History(points, delta(previous.overallScore(), current.overallScore()),
                elementDeltas(previous, current), fixed(previous, current), introduced(previous, current), skipped);
    }

    private static RunPoint point(Path run, AuditResult result) {
        Map<String, Double> elements = new LinkedHashMap<>();
        for (ElementScore e : list(result.elements())) {
            if (e != null && e.element() != null && e.score() != null) {
                elements.put(e.element(), e.score());
            }
        }
        String href = Files.isRegularFile(run.resolve(REPORT_INDEX))
                ? "../../" + segment(name(run)) + "/" + REPORT_INDEX : null;
        return new RunPoint(name(run), date(result), result.overallScore(), result.belt(), elements, href);
    }

    /** When the site was seen: the crawl's end (a rescore changes scoredAt, not what was crawled). */
    public static Instant date(AuditResult result) {
        if (result.crawl() != null && result.crawl().finishedAt() != null) {
            return result.crawl().finishedAt();
        }
        if (result.crawl() != null && result.crawl().startedAt() != null) {
            return result.crawl().startedAt();
        }
        return result.scoredAt();
    }

    private static Double delta(Double before, Double after) {
        return before == null || after == null ? null : after - before;
    }

    private static List<ElementDelta> elementDeltas(AuditResult previous, AuditResult current) {
        Map<String, Double> before = new LinkedHashMap<>();
        list(previous.elements()).stream().filter(e -> e != null && e.element() != null && e.score() != null)
                .forEach(e -> before.put(e.element(), e.score()));
        List<ElementDelta> deltas = new ArrayList<>();
        for (ElementScore e : list(current.elements())) {
            if (e != null && e.score() != null && before.containsKey(e.element())) {
                deltas.add(new ElementDelta(e.element(), before.get(e.element()), e.score()));
            }
        }
        return deltas;
    }

    /** Failed or partial before, passing now (or scoring 1). */
    static List<Change> fixed(AuditResult previous, AuditResult current) {
        Map<String, Finding> before = byCriterion(previous);
        List<Change> changes = new ArrayList<>();
        for (Finding now : list(current.findings())) {
            Finding then = before.get(now.criterion());
            if (then != null && isProblem(then) && passes(now)) {
                changes.add(change(then, now));
            }
        }
        return changes;
    }

    /** Passing or not applicable before (or not in the checklist then), failing or partial now. */
    static List<Change> introduced(AuditResult previous, AuditResult current) {
        Map<String, Finding> before = byCriterion(previous);
        List<Change> changes = new ArrayList<>();
        for (Finding now : list(current.findings())) {
            Finding then = before.get(now.criterion());
            if (isProblem(now) && (then == null || !isProblem(then))) {
                changes.add(change(then, now));
            }
        }
        return changes;
    }

    private static Change change(Finding then, Finding now) {
        return new Change(now.criterion(), now.element(), now.title() != null || then == null ? now.title() : then.title(),
                then == null ? null : then.score(), now.score(), then == null ? null : then.verdict(), now.verdict());
    }

    private static boolean isProblem(Finding f) {
        return f.verdict() == Verdict.FAIL || f.verdict() == Verdict.PARTIAL;
    }

    private static boolean passes(Finding f) {
        return f.verdict() == Verdict.PASS || (f.score() != null && f.score() >= 1.0);
    }

    private static Map<String, Finding> byCriterion(AuditResult result) {
        return list(result.findings()).stream()
                .filter(f -> f != null && f.criterion() != null)
                .collect(Collectors.toMap(Finding::criterion, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** result.json of a run, or null when it is missing, too large or not a result. */
    static AuditResult read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_RESULT_BYTES) {
                return null;
            }
            AuditResult result = Json.MAPPER.readValue(file.toFile(), AuditResult.class);
            return result == null || result.findings() == null ? null : result;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    private static String name(Path run) {
        return run.getFileName().toString();
    }

    /** A folder name as one URL path segment (run ids need no escaping; hand-made folders might). */
    static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
