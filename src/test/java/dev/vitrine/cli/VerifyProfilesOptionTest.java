package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.CrawlSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

/**
 * {@code --no-verify-profiles} for {@code audit} and {@code demo}, and the check of
 * {@code backlinks.imports} before any crawl; no crawl here.
 */
class VerifyProfilesOptionTest {

    @TempDir
    Path tmp;

    @Test
    void anAuditVerifiesProfilesByDefault() {
        AuditCommand audit = parse("audit", "--url", "https://www.acme.fr/");
        assertTrue(audit.settings(audit.definition()).verifyProfiles());
        assertTrue(CrawlSettings.DEFAULTS.verifyProfiles());
    }

    @Test
    void noVerifyProfilesTurnsVerificationOffAndKeepsTheOtherOptions() {
        AuditCommand audit = parse("audit", "--url", "https://www.acme.fr/", "--no-verify-profiles", "--max-pages", "7");
        CrawlSettings settings = audit.settings(audit.definition());
        assertFalse(settings.verifyProfiles());
        assertEquals(7, settings.maxPages());
        assertEquals(CrawlSettings.DEFAULTS.withMaxPages(7).withVerifyProfiles(false), settings);
    }

    @Test
    void otherOptionsLeaveVerificationAsTheBaseHasIt() {
        AuditCommand audit = parse("audit", "--url", "https://www.acme.fr/", "--ignore-robots");
        assertTrue(audit.crawl.applyTo(CrawlSettings.DEFAULTS).verifyProfiles());
        assertFalse(audit.crawl.applyTo(CrawlSettings.DEFAULTS.withVerifyProfiles(false)).verifyProfiles());
    }

    @Test
    void theDemoNeverVerifiesProfilesAndAcceptsTheOption() {
        DemoCommand plain = parseDemo("demo");
        assertFalse(plain.crawl.applyTo(DemoCommand.SETTINGS).verifyProfiles(), "fictitious profiles, offline demo");
        DemoCommand explicit = parseDemo("demo", "--no-verify-profiles");
        assertFalse(explicit.crawl.applyTo(DemoCommand.SETTINGS).verifyProfiles());
    }

    @Test
    void helpShowsTheOptionAndTheDemoSaysItStaysOffline() {
        Cli.Result audit = Cli.run("audit", "--help");
        assertTrue(audit.out().contains("--no-verify-profiles"), audit::toString);
        assertFalse(audit.out().contains("never verified"), audit::toString);
        Cli.Result demo = Cli.run("demo", "--help");
        assertTrue(demo.out().contains("--no-verify-profiles"), demo::toString);
        assertTrue(demo.out().replaceAll("\\s+", " ").contains("Social profiles are never verified"), demo::toString);
    }

    @Test
    void aMissingImportFileStopsTheAuditBeforeTheCrawlNamingKeyAndFile() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path acme = Files.createDirectories(tmp.resolve("acme"));
        Files.writeString(acme.resolve("audit.yaml"), "company: Acme\nwebsite: http://127.0.0.1:" + closedPort + "/\n"
                + "backlinks:\n  imports:\n    - liens-search-console.csv\n");
        Cli.Result r = Cli.run("audit", acme.toString(), "--no-verify-profiles");
        // 3 and not 4: the site (a closed port) was never asked
        assertEquals(3, r.exitCode(), r::toString);
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), r::toString);
        assertTrue(line.contains("backlinks.imports[0]"), r::toString);
        assertTrue(line.contains(acme.resolve("liens-search-console.csv").toString()), r::toString);
        assertTrue(Files.notExists(acme.resolve("runs")) || isEmpty(acme.resolve("runs")), "no run left");
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static AuditCommand parse(String... args) {
        return (AuditCommand) parsed(args);
    }

    private static DemoCommand parseDemo(String... args) {
        return (DemoCommand) parsed(args);
    }

    /** The command as picocli fills it from {@code args}, without running it. */
    private static Object parsed(String... args) {
        ParseResult parsed = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .parseArgs(args);
        return parsed.subcommand().commandSpec().userObject();
    }
}
