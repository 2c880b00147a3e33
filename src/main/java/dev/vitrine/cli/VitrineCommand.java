package dev.vitrine.cli;

import dev.vitrine.Vitrine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command tree: lists the subcommands, prints the version. */
@Command(name = "vitrine", mixinStandardHelpOptions = true,
        versionProvider = VitrineCommand.Version.class,
        description = "Audits a company's digital presence and publishes the audit as a static website.",
        subcommands = {DemoCommand.class, InitCommand.class, AuditCommand.class, RescoreCommand.class, RenderCommand.class,
                PublishCommand.class, ServeCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the overall score is below --fail-under",
            "2:usage error (unknown option, missing or invalid argument)",
            "3:bad configuration (audit.yaml, checklist, audit folder)",
            "4:site unreachable",
            "5:internal error (re-run with -v and report it)"})
final class VitrineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final boolean interactive;

    VitrineCommand(boolean interactive) {
        this.interactive = interactive;
    }

    /** True when the output is a terminal: the crawl draws a progress bar instead of log lines. */
    boolean interactive() {
        return interactive;
    }

    /** No subcommand: show what there is to do, as a usage error so that scripts notice. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vitrine " + Vitrine.VERSION};
        }
    }
}
