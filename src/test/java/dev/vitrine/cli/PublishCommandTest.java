package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.site.SiteFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vitrine publish}: its summary, its errors, and the portfolio previewed by {@code vitrine serve --base-path}. */
class PublishCommandTest {

    @TempDir
    Path temp;
    Path audits;

    /** One audit with two runs, each with a minimal hand-written report. */
    @BeforeEach
    void audits() throws IOException {
        audits = temp.resolve("audits");
        for (String run : new String[] {"2026-10-01T090000Z", "2026-11-01T090000Z"}) {
            Path dir = SiteFixtures.run(audits.resolve("acme/runs/" + run), "fr", 0);
            Files.createDirectories(dir.resolve("site"));
            Files.writeString(dir.resolve("site/index.html"), "<!DOCTYPE html><html><head><meta name=\"robots\""
                    + " content=\"noindex, nofollow\"><title>Acme</title></head><body><a href=\"plan.html\">plan</a></body></html>");
            Files.writeString(dir.resolve("site/plan.html"), "<!DOCTYPE html><title>Plan</title><a href=\"index.html\">back</a>");
        }
    }

    @Test
    void printsWhatItPublishedAndTheIndexPath() {
        Path out = temp.resolve("public");

        Cli.Result first = Cli.run("publish", "--audits", audits.toString(), "--out", out.toString());
        Cli.Result second = Cli.run("publish", "--audits", audits.toString(), "--out", out.toString(), "--lang", "en");

        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("Published 1 audit, 2 runs: 4 files copied, 0 unchanged (hard-linked); not indexable"
                + " (robots.txt disallows all, pages carry noindex)", first.out().lines().findFirst().orElseThrow());
        assertEquals(out.resolve("index.html").toString(), first.lastLine());
        assertEquals("", first.err());
        assertEquals(0, second.exitCode(), second::toString);
        assertTrue(second.out().startsWith("Published 1 audit, 2 runs: 0 files copied, 4 unchanged (hard-linked)"), second.out());
        assertTrue(Files.isRegularFile(out.resolve("acme/runs/2026-10-01T090000Z/site/plan.html")));
    }

    @Test
    void aBadBaseUrlIsOneSentenceAndExitCode2() {
        Cli.Result r = Cli.run("publish", "--audits", audits.toString(), "--out", temp.resolve("public").toString(),
                "--base-url", "audits.example.com");

        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("vitrine: --base-url must be the absolute http(s) address the portfolio is published at, such as"
                + " https://audits.example.com/clients/, not \"audits.example.com\"", r.err().strip());
        assertFalse(Files.exists(temp.resolve("public")));
    }

    @Test
    void aFolderItDidNotWriteIsRefusedWithExitCode3() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");

        Cli.Result r = Cli.run("publish", "--audits", audits.toString(), "--out", mine.toString());

        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("vitrine: " + mine + " is not empty and was not written by vitrine publish"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Cli.Result r = Cli.run("publish", "--audits", audits.toString(), "--out", temp.resolve("public").toString(), "--lang", "de");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("vitrine: --lang must be fr or en, got \"de\"", r.err().strip());
    }

    @Test
    void theOutOptionIsRequired() {
        Cli.Result r = Cli.run("publish", "--audits", audits.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--out"), r.err());
    }

    @Test
    void servesThePortfolioUnderABasePath() throws Exception {
        Path out = temp.resolve("public");
        assertEquals(0, Cli.run("publish", "--audits", audits.toString(), "--out", out.toString()).exitCode());
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exitCode.set(Main.commandLine(new PrintWriter(stdout), new PrintWriter(err))
                .execute("serve", out.toString(), "--port", "0", "--base-path", "/clients/acme/")));
        serving.start();
        try {
            Matcher m = awaitServing(stdout);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "http://127.0.0.1:" + m.group(1);
            HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(base + "/clients/acme/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("acme/runs/2026-11-01T090000Z/site/index.html"), index.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/clients/acme/acme/runs/2026-11-01T090000Z/site/plan.html"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertEquals(0, exitCode.get(), err::toString);
    }

    private static Matcher awaitServing(StringWriter out) throws InterruptedException {
        Pattern serving = Pattern.compile("Serving .+ on http://127\\.0\\.0\\.1:(\\d+)/clients/acme/ \\(Ctrl-C to stop\\)");
        for (int i = 0; i < 200; i++) {
            Matcher m = serving.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never said it was serving: " + out);
    }
}
