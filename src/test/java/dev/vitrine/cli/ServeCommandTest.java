package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vitrine serve}: what it prints, that it serves until stopped, and its errors. */
class ServeCommandTest {

    private static final Pattern SERVING = Pattern.compile("Serving (.+) on http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C to stop\\)");

    @Test
    void servesTheSiteOfARunFolderUntilStopped(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("result.json"), "{}");
        Files.createDirectories(run.resolve("site"));
        Files.writeString(run.resolve("site/index.html"), "<!doctype html><title>Report</title><p>the report</p>");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exitCode.set(Main.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("serve", run.toString(), "--port", "0")));
        serving.start();
        try {
            Matcher m = awaitServing(out);
            assertEquals(run.resolve("site").toString(), m.group(1));
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("the report"));
            assertTrue(serving.isAlive(), "serves until stopped");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertFalse(serving.isAlive());
        assertEquals(0, exitCode.get(), err::toString);
        assertEquals("", err.toString());
    }

    private static Matcher awaitServing(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher m = SERVING.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never said it was serving: " + out);
    }

    @Test
    void aPortInUseIsOneSentenceAndExitCode3(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Result r = Cli.run("serve", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(3, r.exitCode(), r::toString);
            assertEquals("vitrine: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use: stop what listens there"
                    + " or choose another port with --port (0 picks a free one)", r.err().strip());
            assertEquals("", r.out());
        }
    }

    @Test
    void aMissingFolderIsExitCode3(@TempDir Path dir) {
        Cli.Result r = Cli.run("serve", dir.resolve("nope").toString(), "--port", "0");
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().strip().endsWith("nope does not exist"), r::toString);
    }

    @Test
    void aBadPortIsAUsageError(@TempDir Path dir) {
        assertEquals(2, Cli.run("serve", dir.toString(), "--port", "http").exitCode());
        Cli.Result r = Cli.run("serve", dir.toString(), "--port", "70000");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--port must be between 0 and 65535"), r::toString);
        assertEquals(2, Cli.run("serve").exitCode(), "the folder is required");
    }

    @Test
    void helpDocumentsTheDefaultPortAndTheExitCodes() {
        Cli.Result r = Cli.run("serve", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("default: 8000; 0 = any free port"), r::toString);
        assertTrue(r.out().contains("3   the folder does not exist, or the port is already in use"), r::toString);
        assertTrue(Cli.run("--help").out().contains("serve    Preview a report site"), "listed in the top help");
    }
}
