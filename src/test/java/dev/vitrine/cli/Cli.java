package dev.vitrine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the vitrine command line as a user would, through picocli, and keeps what it printed. */
final class Cli {

    record Result(int exitCode, String out, String err) {
        /** The last line printed on stdout: where commands put the path they wrote. */
        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1];
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Copies a hand-written audit.yaml from src/test/resources/cli/audit-yaml into {@code auditDir}. */
    static Path auditWith(String fixture, Path auditDir) {
        try (InputStream in = Cli.class.getResourceAsStream("/cli/audit-yaml/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            Files.createDirectories(auditDir);
            Files.copy(in, auditDir.resolve("audit.yaml"));
            return auditDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
