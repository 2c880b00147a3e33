package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.VitrineException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How a failure inside a command reaches the user: one line, its exit code, a stack trace on -v only. */
class ErrorHandlerTest {

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Parameters String what;

        @Option(names = {"-v", "--verbose"})
        boolean verbose;

        @Override
        public Integer call() {
            switch (what) {
                case "configuration" -> throw VitrineException.configuration("audits/acme/audit.yaml: key \"website\" is missing");
                case "unreachable" -> throw VitrineException.unreachable("cannot connect to https://www.acme.fr/");
                case "bug" -> throw new IllegalStateException("the frontier is closed");
                default -> throw new NullPointerException();
            }
        }
    }

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        ErrorHandler handler = new ErrorHandler();
        return new CommandLine(new Failing())
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setExitCodeExceptionMapper(new ExitCodes())
                .execute(args);
    }

    @Test
    void configurationErrorIsItsMessageAndExitCode3() {
        assertEquals(3, run("configuration"));
        assertEquals("vitrine: audits/acme/audit.yaml: key \"website\" is missing", err.toString().strip());
    }

    @Test
    void unreachableSiteIsExitCode4() {
        assertEquals(4, run("unreachable"));
        assertEquals("vitrine: cannot connect to https://www.acme.fr/", err.toString().strip());
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorWithAHintToUseVerbose() {
        assertEquals(5, run("bug"));
        assertEquals("vitrine: internal error: the frontier is closed (re-run with -v to see where, and report it)",
                err.toString().strip());
    }

    @Test
    void exceptionWithoutMessageIsNamedByItsClass() {
        assertEquals(5, run("npe"));
        assertTrue(err.toString().startsWith("vitrine: internal error: java.lang.NullPointerException"), err::toString);
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheMessage() {
        assertEquals(5, run("bug", "-v"));
        String[] lines = err.toString().split("\\R");
        assertEquals("vitrine: internal error: the frontier is closed", lines[0]);
        assertTrue(err.toString().contains("\tat dev.vitrine.cli.ErrorHandlerTest$Failing.call"), err::toString);
    }

    @Test
    void noStackTraceWithoutVerbose() {
        run("configuration");
        run("bug");
        assertFalse(err.toString().contains("\tat "), err::toString);
    }

    @Test
    void parameterErrorIsExitCode2() {
        assertEquals(2, run());
        assertTrue(err.toString().startsWith("vitrine: missing required parameter"), err::toString);
    }
}
