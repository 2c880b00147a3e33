package dev.vitrine.offsite;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.Json;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PagesJsonl;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The off-site stage, run after the crawl: what the rest of the web says about the company.
 * Reads the run's pages.jsonl (one streaming pass) and crawl.json, checks the audit's
 * backlink sources, reads its backlink imports, finds directory listings, decides which
 * social profiles are the company's own and (unless turned off) verifies them, then writes
 * {@code offsite.json}. A failing source, import or profile is recorded, never fatal.
 */
public final class OffsiteStage {

    /** Directory listings kept in offsite.json. */
    static final int MAX_DIRECTORIES = 200;

    /**
     * @param verifyProfiles fetch each own profile to see whether it still answers
     * @param userAgent      the User-Agent of every request
     * @param timeout        of each request
     * @param pause          between two requests to the same site
     * @param route          maps the URL asked for to the URL requested (the identity, except in tests)
     */
    public record Settings(boolean verifyProfiles, String userAgent, Duration timeout, Duration pause,
                           UnaryOperator<URI> route) {
        public Settings {
            timeout = timeout == null ? WebFetcher.DEFAULT_TIMEOUT : timeout;
            pause = pause == null ? Duration.ZERO : pause;
            route = route == null ? UnaryOperator.identity() : route;
        }

        /** Verification on, 10 s timeout, 1 s pause, no routing. */
        public static Settings defaults(String userAgent) {
            return new Settings(true, userAgent, Duration.ofSeconds(10), Duration.ofSeconds(1), UnaryOperator.identity());
        }
    }

    private final Settings settings;
    private final PrintWriter log;

    public OffsiteStage(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log == null ? new PrintWriter(PrintWriter.nullWriter()) : log;
    }

    /**
     * Reads {@code runDir/pages.jsonl} and {@code crawl.json}, gathers, writes
     * {@code runDir/offsite.json} and returns it.
     *
     * @param auditDir the folder the imports resolve against; null for the current folder
     */
    public Offsite gather(AuditDefinition audit, Path auditDir, Path runDir) throws InterruptedException {
        WebFetcher http = new WebFetcher(settings.userAgent(), settings.timeout(), settings.route());
        Directories directories = Directories.builtIn();
        String company = RegistrableDomains.ofUrl(audit.website().toString());
        CrawlSummary crawl = readCrawl(runDir.resolve("crawl.json"));
        String homeUrl = crawl != null && crawl.homeUrl() != null ? crawl.homeUrl() : audit.website().toString();

        BacklinkSources.Result fromSources = new BacklinkSources(http, settings.pause(), company, directories, log)
                .check(audit.backlinks().sources());
        BacklinkImports.Result fromImports = BacklinkImports.read(audit.backlinks().imports(), auditDir, company,
                directories, log);
        List<FoundLink> found = new ArrayList<>(fromSources.links());
        found.addAll(fromImports.links());

        TargetStatuses targets = new TargetStatuses(found.stream().map(FoundLink::targetUrl).toList());
        OwnProfiles profiles = new OwnProfiles(homeUrl);
        Map<String, Offsite.Directory> onSite = new LinkedHashMap<>();
        readPages(runDir.resolve(PagesJsonl.FILE), page -> {
            profiles.accept(page);
            targets.accept(page);
            directoriesLinked(page, directories, onSite);
        });
        targets.fetchMissing(http, settings.pause());

        List<Offsite.Profile> own = profiles.build();
        if (settings.verifyProfiles()) {
            long count = own.stream().filter(Offsite.Profile::own).count();
            if (count > 0) {
                log.println("offsite: vérification de " + count + " profil(s) social(aux)…");
                log.flush();
            }
            own = new ProfileVerifier(http, settings.pause()).verify(own);
        }

        Offsite.Backlinks backlinks = BacklinkSummaries.build(fromSources.sources(), fromImports.files(), found,
                fromImports.domains(), AnchorKinds.of(audit.company(), company), targets::of);
        Offsite offsite = new Offsite(Instant.now().truncatedTo(ChronoUnit.SECONDS), settings.verifyProfiles(), own,
                directories(onSite.values(), fromSources.directories(), fromImports.directories()), backlinks);
        write(runDir.resolve(Offsite.FILE), offsite);
        return offsite;
    }

    /** The run's offsite.json, or null for a run made before it existed. */
    public static Offsite read(Path runDir) {
        Path file = runDir.resolve(Offsite.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), Offsite.class);
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + firstLine(e.getMessage()));
        }
    }

    private static void directoriesLinked(PageFacts page, Directories directories, Map<String, Offsite.Directory> found) {
        if (page.links() == null || found.size() >= MAX_DIRECTORIES) {
            return;
        }
        for (PageFacts.Link link : page.links()) {
            if (link.internal() || link.href() == null) {
                continue;
            }
            directories.match(link.href()).ifPresent(p -> found.putIfAbsent(TargetStatuses.key(link.href()),
                    new Offsite.Directory(p.id(), p.name(), p.kind(), link.href(), "site", page.url())));
        }
    }

    /** Listings linked from the site first, then those found through sources and imports; each URL once. */
    @SafeVarargs
    private static List<Offsite.Directory> directories(Collection<Offsite.Directory>... groups) {
        Map<String, Offsite.Directory> all = new LinkedHashMap<>();
        for (Collection<Offsite.Directory> group : groups) {
            for (Offsite.Directory d : group) {
                if (all.size() < MAX_DIRECTORIES) {
                    all.putIfAbsent(TargetStatuses.key(d.url()), d);
                }
            }
        }
        return List.copyOf(all.values());
    }

    /** One pass over pages.jsonl (a missing file is an empty crawl). */
    private static void readPages(Path file, Consumer<PageFacts> consumer) {
        if (Files.isRegularFile(file)) {
            PagesJsonl.forEach(file, consumer);
        }
    }

    private static CrawlSummary readCrawl(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), CrawlSummary.class);
        } catch (IOException e) {
            throw VitrineException.configuration("cannot read " + file + ": " + firstLine(e.getMessage()));
        }
    }

    private static void write(Path file, Offsite offsite) {
        try {
            Json.pretty().writeValue(file.toFile(), offsite);
        } catch (IOException e) {
            throw new VitrineException(VitrineException.Kind.INTERNAL, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl >= 0 ? message.substring(0, nl) : message;
    }
}
