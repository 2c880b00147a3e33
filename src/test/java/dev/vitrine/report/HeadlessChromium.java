package dev.vitrine.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium}, headless, opening one report page from {@code file://} as a
 * client would: the DOM once the page's scripts have run, what the page wrote to the
 * console, and every request the page made that left the file system (from Chromium's net
 * log). A fresh profile each time; the process and its children are destroyed on timeout.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * What one page gave.
     *
     * @param dom             the serialised DOM after load (and 5 s of virtual time for timers)
     * @param consoleErrors   console lines of the page that are errors or uncaught exceptions
     * @param consoleLines    every console line of the page
     * @param outsideRequests URLs the page requested that are not file: URLs
     * @param stderr          everything Chromium logged, to explain a failure
     */
    record Page(String dom, List<String> consoleErrors, List<String> consoleLines, List<String> outsideRequests,
                String stderr) {}

    private static final Pattern CONSOLE_ERROR = Pattern.compile("uncaught|error", Pattern.CASE_INSENSITIVE);

    private HeadlessChromium() {}

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    static Page open(Path html) {
        Path work = ReportFixtures.temp("chromium");
        Path profile = work.resolve("profile");
        Path netLog = work.resolve("net-log.json");
        Path out = work.resolve("dom.html");
        Path err = work.resolve("stderr.txt");
        List<String> command = List.of(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0",
                // Nothing may leave the report: make any attempt fail fast, and record it in the net log.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog,
                // Let deferred scripts and their timers run before the DOM is dumped.
                "--virtual-time-budget=5000",
                "--dump-dom", html.toAbsolutePath().toUri().toString());
        Process process;
        try {
            Files.createDirectories(profile);
            process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + CHROMIUM, e);
        }
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("chromium did not finish " + html + " within " + TIMEOUT.toSeconds() + " s:\n"
                        + tail(read(err)));
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        String stderr = read(err);
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + process.exitValue() + " on " + html + ":\n" + tail(stderr));
        }
        List<String> console = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
                if (CONSOLE_ERROR.matcher(line).find()) {
                    errors.add(line);
                }
            }
        }
        Page page = new Page(read(out), errors, console, outsideRequests(netLog), stderr);
        ReportFixtures.deleteRecursively(work);
        return page;
    }

    /**
     * URLs that a file:// page asked for, from the net log: requests whose network isolation
     * key is file:// (the browser's own background requests have another key).
     */
    static List<String> outsideRequests(Path netLog) {
        if (!Files.isRegularFile(netLog)) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        String text = read(netLog);
        try {
            JsonNode events = Json.MAPPER.readTree(text).path("events");
            for (JsonNode event : events) {
                JsonNode params = event.path("params");
                String url = params.path("url").asText("");
                String isolation = params.path("network_isolation_key").asText("");
                if (!url.isEmpty() && isolation.contains("file://") && !url.toLowerCase(Locale.ROOT).startsWith("file:")
                        && !urls.contains(url)) {
                    urls.add(url);
                }
            }
        } catch (IOException unfinished) {
            // A net log cut short: read what it holds line by line.
            Matcher m = Pattern.compile("\"network_isolation_key\":\"file://[^\"]*\"[^\\n]*?\"url\":\"([^\"]+)\"|"
                    + "\"url\":\"([^\"]+)\"[^\\n]*?\"network_isolation_key\":\"file://").matcher(text);
            while (m.find()) {
                String url = m.group(1) != null ? m.group(1) : m.group(2);
                if (!url.startsWith("file:") && !urls.contains(url)) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // Chromium's log is not always valid UTF-8
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private static String tail(String text) {
        String[] lines = text.split("\\R");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
