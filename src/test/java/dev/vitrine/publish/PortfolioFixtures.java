package dev.vitrine.publish;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.Json;
import dev.vitrine.site.SiteFixtures;
import dev.vitrine.site.SiteRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An audits folder for the publishing tests: two audits with real rendered reports (the
 * report of a {@link SiteFixtures} run, rendered once by the real {@link SiteRenderer} and
 * copied into each run), each run's result.json saying its own company, score, belt and date.
 * Besides them: an audit never run, and a run without a report.
 */
final class PortfolioFixtures {

    static final String ACME = "Acme & Fils";
    static final String BAKERY = "Boulangerie <Martin>";
    /** acme's runs, oldest first, and their scores. */
    static final List<String> ACME_RUNS = List.of("2026-09-01T090000Z", "2026-10-01T090000Z", "2026-11-01T090000Z");
    static final List<Double> ACME_SCORES = List.of(41.0, 52.4, 58.6);
    static final List<String> BAKERY_RUNS = List.of("2026-10-15T080000Z", "2026-11-15T080000Z");
    static final List<Double> BAKERY_SCORES = List.of(72.0, 68.2);
    /** A bakery run scored but never rendered: skipped, with a notice. */
    static final String BAKERY_UNRENDERED = "2026-11-20T080000Z";

    private static Path renderedSite;

    private PortfolioFixtures() {}

    /** Writes the audits folder into {@code audits} and returns it. */
    static Path audits(Path audits) {
        try {
            for (int i = 0; i < ACME_RUNS.size(); i++) {
                run(audits.resolve("acme/runs/" + ACME_RUNS.get(i)), ACME, ACME_SCORES.get(i), true);
            }
            for (int i = 0; i < BAKERY_RUNS.size(); i++) {
                run(audits.resolve("boulangerie/runs/" + BAKERY_RUNS.get(i)), BAKERY, BAKERY_SCORES.get(i), true);
            }
            run(audits.resolve("boulangerie/runs/" + BAKERY_UNRENDERED), BAKERY, 80.0, false);
            Files.createDirectories(audits.resolve("never-run"));
            Files.writeString(audits.resolve("never-run/audit.yaml"), "company: Jamais\n");
            return audits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run: result.json with these values, and a copy of the rendered report when {@code rendered}. */
    static void run(Path runDir, String company, double score, boolean rendered) throws IOException {
        Files.createDirectories(runDir);
        AuditResult base = Json.MAPPER.readValue(site().resolveSibling("result.json").toFile(), AuditResult.class);
        AuditDefinition a = base.audit();
        AuditDefinition audit = new AuditDefinition(a.slug(), company, a.website(), a.language(), a.objectives(),
                a.competitors(), a.backlinks(), a.crawl());
        Instant scoredAt = Instant.parse(runDir.getFileName().toString().replaceAll(
                "(\\d{4}-\\d{2}-\\d{2}T)(\\d{2})(\\d{2})(\\d{2})Z", "$1$2:$3:$4Z"));
        AuditResult result = new AuditResult(base.tool(), base.version(), scoredAt, audit, base.crawl(), base.findings(),
                base.elements(), score, belt(score), base.technologies(), base.socialProfiles(), base.plan(),
                base.offsite(), base.comparison());
        Json.pretty().writeValue(runDir.resolve("result.json").toFile(), result);
        if (rendered) {
            copyTree(site(), runDir.resolve("site"));
        }
    }

    static String belt(double score) {
        return score < 30 ? "white" : score < 45 ? "yellow" : score < 60 ? "orange" : score < 70 ? "green"
                : score < 80 ? "blue" : score < 90 ? "brown" : "black";
    }

    /** The real report of a small run, rendered once per test JVM. */
    static synchronized Path site() {
        if (renderedSite == null) {
            try {
                Path dir = Files.createTempDirectory("vitrine-publish-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> OutputFolder.delete(dir)));
                Path run = dir.resolve("run");
                SiteFixtures.run(run, "fr", 2);
                new SiteRenderer("test", Clock.fixed(Instant.parse("2026-11-23T10:30:00Z"), ZoneOffset.UTC))
                        .render(run, "fr", List.of());
                renderedSite = run.resolve("site");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return renderedSite;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Every regular file under {@code dir}, relative and "/"-separated, sorted. */
    static List<String> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
