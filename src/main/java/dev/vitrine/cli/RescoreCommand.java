package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import dev.vitrine.model.AuditResult;
import dev.vitrine.run.RunHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vitrine rescore <run-dir> [--checklist FILE]}: score a run again without crawling. */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Score a finished run again with the current checklist (no crawl), rewrite its result.json.")
final class RescoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    VitrineCommand vitrine;

    @Parameters(paramLabel = "<run-dir>", description = "A run folder, e.g. audits/acme/runs/2026-11-23T101500Z.")
    Path runDir;

    @Option(names = "--checklist", paramLabel = "FILE",
            description = "A complete checklist to use instead of the built-in one (the audit's checklist.yaml still applies).")
    Path checklist;

    @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
    boolean verbose;

    @Mixin
    FailUnder failUnder;

    @Override
    public Integer call() {
        Logging.configure(verbose);
        AuditResult result = new Vitrine(spec.commandLine().getErr(), false, Clock.systemUTC()).rescore(runDir, checklist);
        boolean fr = !"en".equals(result.audit().language());
        RunSummary.printScores(spec.commandLine().getOut(), result, RunHistory.of(runDir), fr);
        spec.commandLine().getOut().println(runDir);
        spec.commandLine().getOut().flush();
        return failUnder.exitCode(result, spec.commandLine().getErr());
    }
}
