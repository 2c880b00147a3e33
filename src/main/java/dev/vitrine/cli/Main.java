package dev.vitrine.cli;

import dev.vitrine.model.CrawlSettings;
import java.io.Console;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** The {@code vitrine} program: builds the command tree and exits with its exit code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(commandLine(out, err, isTerminal()).execute(args));
    }

    /** The command tree writing to {@code out} and {@code err}, as tests run it: not a terminal. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, false);
    }

    /**
     * @param interactive true on a terminal: progress bar during the crawl and colours in the
     *                    help; false keeps captured output plain
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine commandLine = new CommandLine(new VitrineCommand(interactive));
        // Set after construction: picocli passes these on to every subcommand registered so far.
        commandLine.setOut(out)
                .setErr(err)
                .setColorScheme(Help.defaultColorScheme(interactive ? Help.Ansi.AUTO : Help.Ansi.OFF))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setExitCodeExceptionMapper(new ExitCodes());
        CrawlOptions.describeDefaults(commandLine.getSubcommands().get("audit"), CrawlSettings.DEFAULTS,
                "An audit.yaml crawl: block overrides them, and these options override both.");
        CrawlOptions.describeDefaults(commandLine.getSubcommands().get("demo"), DemoCommand.SETTINGS, null);
        return commandLine;
    }

    // From Java 22 System.console() is not null even when output is redirected; isTerminal()
    // (22+) tells the truth. Called reflectively because we compile for Java 17.
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException olderJava) {
            return true;
        }
    }
}
