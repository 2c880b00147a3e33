package dev.vitrine.cli;

import dev.vitrine.model.VitrineException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr, {@code vitrine: <what went wrong>}, and its
 * exit code. People read these lines, so no stack trace unless they ask for one with -v.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final String PREFIX = "vitrine: ";

    /** A mistake on the command line (picocli's, or one of ours): exit code 2. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(PREFIX + usageMessage(e) + hint(e, command));
        err.flush();
        return exitCode(command, e);
    }

    /** A failure while running a command: a VitrineException says what to fix, anything else is a bug. */
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parsed);
        if (e instanceof VitrineException) {
            err.println(PREFIX + e.getMessage());
        } else {
            boolean canAsk = command.getCommandSpec().findOption("--verbose") != null;
            err.println(PREFIX + "internal error: " + describe(e)
                    + (verbose || !canAsk ? "" : " (re-run with -v to see where, and report it)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(command, e);
    }

    private static int exitCode(CommandLine command, Exception e) {
        IExitCodeExceptionMapper mapper = command.getExitCodeExceptionMapper();
        return (mapper != null ? mapper : new ExitCodes()).getExitCode(e);
    }

    private static String usageMessage(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !e.getCommandLine().getSubcommands().isEmpty()) {
            List<String> args = unmatched.getUnmatched();
            if (!args.isEmpty() && !args.get(0).startsWith("-")) {
                return "unknown command '" + args.get(0) + "'";
            }
        }
        return lowerFirst(String.valueOf(e.getMessage()));
    }

    // Kept on the same line: the error stays one line, and still says where to look next.
    private static String hint(ParameterException e, CommandLine command) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        return " (see '" + command.getCommandSpec().qualifiedName() + " --help')";
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }

    // picocli writes "Unknown option: ..."; our own messages are lower case after "vitrine: ".
    private static String lowerFirst(String message) {
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }
}
