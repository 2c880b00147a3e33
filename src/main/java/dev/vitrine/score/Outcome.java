package dev.vitrine.score;

import dev.vitrine.model.AuditResult.Evidence;
import dev.vitrine.model.AuditResult.Example;
import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.Verdict;
import java.util.List;

/** What a check decided: score 0..1 (null when not applicable), verdict, what it saw. */
record Outcome(Double score, Verdict verdict, LocalizedText summary, Evidence evidence) {

    static Outcome pass(LocalizedText summary, Evidence evidence) {
        return new Outcome(1.0, Verdict.PASS, summary, evidence);
    }

    static Outcome partial(LocalizedText summary, Evidence evidence) {
        return new Outcome(0.5, Verdict.PARTIAL, summary, evidence);
    }

    static Outcome fail(LocalizedText summary, Evidence evidence) {
        return new Outcome(0.0, Verdict.FAIL, summary, evidence);
    }

    static Outcome notApplicable(LocalizedText reason) {
        return new Outcome(null, Verdict.NOT_APPLICABLE, reason, Evidence.NONE);
    }

    /** Pass, partial or fail by the usual three levels. */
    static Outcome of(int level, LocalizedText summary, Evidence evidence) {
        return level >= 2 ? pass(summary, evidence) : level == 1 ? partial(summary, evidence) : fail(summary, evidence);
    }

    /** A share of pages (or images): its own score, verdict by the two thresholds. */
    static Outcome ratio(double score, double passShare, double partialShare, LocalizedText summary,
                         Evidence evidence) {
        Verdict verdict = score >= passShare ? Verdict.PASS : score >= partialShare ? Verdict.PARTIAL : Verdict.FAIL;
        return new Outcome(score, verdict, summary, evidence);
    }

    static Evidence seen(List<Example> examples, int count) {
        return new Evidence(List.copyOf(examples.subList(0, Math.min(examples.size(), Examples.MAX))), count);
    }

    static Evidence seen(Example... examples) {
        return seen(List.of(examples), examples.length);
    }
}
