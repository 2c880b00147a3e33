package dev.vitrine.cli;

import dev.vitrine.model.AuditResult;
import java.io.PrintWriter;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * {@code --fail-under N}: exit code 1 when the overall score is below N, so an agency's CI
 * can hold a site to a level. The run is written either way.
 */
final class FailUnder {

    /** Exit code for a run whose score is under the threshold (DESIGN.md). */
    static final int BELOW_THRESHOLD = 1;

    @Option(names = "--fail-under", paramLabel = "N",
            description = "Exit with code 1 when the overall score is below N (0-100).")
    Integer threshold;

    int exitCode(AuditResult result, PrintWriter err) {
        if (threshold == null || result == null) {
            return ExitCode.OK;
        }
        double score = result.overallScore() == null ? 0 : result.overallScore();
        if (score < threshold) {
            err.println("vitrine: overall score " + Math.round(score) + " is below --fail-under " + threshold);
            err.flush();
            return BELOW_THRESHOLD;
        }
        return ExitCode.OK;
    }
}
