package dev.vitrine.report;

import dev.vitrine.Vitrine;
import dev.vitrine.demo.DemoAudit;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs shared by the report tests, made once per test JVM through the real pipeline
 * ({@code Vitrine.audit}, which renders {@code site/} at the end of the run). Tests that
 * render again (another language, overrides) work on a {@link #copyOf copy}.
 */
final class ReportFixtures {

    /** The demo company, as DemoCommand audits it. */
    static final String DEMO_COMPANY = "Atelier Lumière";

    private static Path demoRun;
    private static Path root;

    private ReportFixtures() {}

    /** The demo site audited in French (objectives visibility and leads), its site/ rendered. */
    static synchronized Path demoRun() {
        if (demoRun == null) {
            // as DemoCommand runs it: the partner site's backlinks and the export, profiles not verified (offline)
            try (DemoAudit demo = DemoAudit.start()) {
                demoRun = vitrine().audit(demo.definition(), CrawlSettings.DEFAULTS.withDelayMillis(0)
                        .withVerifyProfiles(false), temp("demo"), demo.folder()).runDir();
            }
        }
        return demoRun;
    }

    static Vitrine vitrine() {
        return new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC());
    }

    static AuditResult result(Path runDir) {
        try {
            return Json.MAPPER.readValue(runDir.resolve(Vitrine.RESULT_FILE).toFile(), AuditResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder for one fixture, under one temp folder deleted when the test JVM ends. */
    static synchronized Path temp(String name) {
        try {
            if (root == null) {
                root = Files.createTempDirectory("vitrine-report-tests-");
                Path toDelete = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(toDelete)));
            }
            return Files.createTempDirectory(root, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a run folder (to render it again without touching the shared one). */
    static Path copyOf(Path runDir, String name) {
        Path target = temp(name).resolve(runDir.getFileName());
        try {
            Files.walkFileTree(runDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(runDir.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(runDir.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort: a temp folder
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a temp folder
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
