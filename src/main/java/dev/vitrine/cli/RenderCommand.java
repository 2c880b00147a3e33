package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vitrine render <run-dir> [--lang fr|en] [--templates DIR]}: write a run's report site again. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a run's report site again (after a template change, or in another language),"
                + " then print the path of its index.html.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<run-dir>", description = "A run folder, e.g. audits/acme/runs/2026-11-23T101500Z.")
    Path runDir;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates, messages or assets replacing the built-in files at the same path"
                    + " (before the audit's own site-templates/). Repeatable: the first wins.")
    List<Path> templates = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "On an error, print the stack trace too.")
    boolean verbose;


    @Mixin
    LanguageOption lang;

    @Override
    public Integer call() {
        Logging.configure(verbose);
        Path index = new Vitrine(spec.commandLine().getErr(), false, Clock.systemUTC()).render(runDir, lang.language, templates);
        spec.commandLine().getOut().println(index);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
