package dev.vitrine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run next to the earlier runs of its audit: built by {@code run.RunHistory} from the
 * finished runs before it, shown by the report's history page and the overview badge, and
 * printed as deltas by the terminal summary. Empty ({@link #NONE}) for a first run, or a run
 * folder without finished runs beside it.
 *
 * @param runs         the earlier runs, oldest first, at most the last few (see RunHistory)
 * @param overallDelta current overall score minus the previous run's, or null unless both exist
 * @param elements     per-element deltas against the previous run, only where both scores exist
 * @param fixed        findings that failed (or were partial) in the previous run and pass now
 * @param introduced   findings that passed (or were not applicable, or did not exist) in the
 *                     previous run and fail or are partial now
 * @param skipped      ids of earlier runs left out because their result.json could not be read
 */
public record History(List<RunPoint> runs, Double overallDelta, List<ElementDelta> elements, List<Change> fixed,
                      List<Change> introduced, List<String> skipped) {

    /** No earlier run. */
    public static final History NONE = new History(List.of(), null, List.of(), List.of(), List.of(), List.of());

    public History {
        runs = List.copyOf(runs);
        elements = List.copyOf(elements);
        fixed = List.copyOf(fixed);
        introduced = List.copyOf(introduced);
        skipped = List.copyOf(skipped);
    }

    /**
     * One earlier run on the chart.
     *
     * @param date       when its crawl finished (else when it was scored); may be null
     * @param overall    0..100, or null when nothing could be scored
     * @param elements   element id → score 0..100; elements not applicable in that run are absent
     * @param reportHref its report's index.html relative to a page of this run's report
     *                   ({@code ../../<run-id>/site/index.html}), or null when it has no report
     */
    public record RunPoint(String runId, Instant date, Double overall, String belt, Map<String, Double> elements,
                           String reportHref) {
        public RunPoint {
            elements = Map.copyOf(elements);
        }
    }

    /** An element's score in the previous run and now; {@code delta} = after − before. */
    public record ElementDelta(String element, double before, double after) {
        public double delta() {
            return after - before;
        }
    }

    /**
     * A criterion whose outcome changed since the previous run. {@code title} is its title on
     * this run (the pass title of a fixed finding, the fail title of a new one); scores are 0..1
     * or null when not applicable or absent.
     */
    public record Change(String criterion, String element, LocalizedText title, Double scoreBefore, Double scoreAfter,
                         Verdict verdictBefore, Verdict verdictAfter) {}

    /** True for a first run: nothing to compare with. */
    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The run just before this one, or null for a first run. */
    public RunPoint previous() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    /** The delta of one element against the previous run, or null when either score is missing. */
    public Double elementDelta(String element) {
        return elements.stream().filter(e -> e.element().equals(element)).findFirst()
                .map(ElementDelta::delta).orElse(null);
    }
}
