package dev.vitrine.demo;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditDefinition.Backlinks;
import dev.vitrine.model.AuditDefinition.Backlinks.Source;
import dev.vitrine.model.AuditDefinition.Competitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code vitrine demo} audits, running on 127.0.0.1 only: the demo company's site,
 * the partner site that links to it (its backlink sources), a competitor's site (so the
 * report has its comparison page), and a backlinks export written for this run into a
 * temporary {@link #folder() audit folder}; {@link #definition()} ties them into one audit.
 * Closing it stops the three sites and deletes the folder.
 *
 * <p>What each partner and competitor page demonstrates is listed in
 * {@code src/main/resources/demo-partner-site/README.md} and
 * {@code src/main/resources/demo-competitor-site/README.md}.
 */
public final class DemoAudit implements AutoCloseable {

    public static final String SLUG = "demo";
    /** The company of the bundled site (src/main/resources/demo-site/), as its pages name it. */
    public static final String COMPANY = "Atelier Lumière";
    public static final List<String> OBJECTIVES = List.of("visibility", "leads");
    /** The competitor of the bundled competitor site (src/main/resources/demo-competitor-site/). */
    public static final String COMPETITOR = "Lumen & Fils";
    /** The competitor's page that links to the company (its one link there). */
    public static final String COMPETITOR_LINK_PAGE = "/confreres/";

    /** Partner pages declared as backlink sources, with the status each should get. */
    public static final String LISTING = "/annuaire/electriciens/atelier-lumiere/"; // linking (brand anchor)
    public static final String ARTICLE = "/magazine/luminaires-sur-mesure/";        // linking (descriptive anchor, nofollow, broken target)
    public static final String LOST = "/magazine/vitrines-de-noel/";                // lost: its link was removed
    public static final String BLOCKED = "/annuaire/archives/";                     // blocked by the partner's robots.txt
    /** A company page the partner links to and that does not exist: a broken backlink target. */
    public static final String MISSING_TARGET = "/creations/suspensions-laiton/";

    /** The bundled backlinks export, in the plain {@code source_url,target_url,anchor} format. */
    static final String IMPORT_RESOURCE = "demo-backlinks/liens-entrants.csv";
    static final String IMPORT_FILE_NAME = "liens-entrants.csv";

    private final DemoSite company;
    private final DemoSite partner;
    private final DemoSite competitor;
    private final Path folder;

    private DemoAudit(DemoSite company, DemoSite partner, DemoSite competitor, Path folder) {
        this.company = company;
        this.partner = partner;
        this.competitor = competitor;
        this.folder = folder;
    }

    /** Starts the three sites and writes the export, with the company's real origin, to a temporary folder. */
    public static DemoAudit start() {
        DemoSite company = DemoSite.start();
        DemoSite partner = null;
        DemoSite competitor = null;
        Path folder = null;
        try {
            partner = DemoSite.startPartner(company.url());
            competitor = DemoSite.startCompetitor(company.url());
            folder = Files.createTempDirectory("vitrine-demo-");
            Files.writeString(folder.resolve(IMPORT_FILE_NAME), importText(company.url()), StandardCharsets.UTF_8);
            return new DemoAudit(company, partner, competitor, folder);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            if (competitor != null) {
                competitor.close();
            }
            if (partner != null) {
                partner.close();
            }
            company.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the demo's backlinks export: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The bundled export with {@code {{COMPANY_URL}}} replaced by the company site's origin. */
    static String importText(URI companyUrl) throws IOException {
        byte[] bytes = DemoSite.resource(IMPORT_RESOURCE);
        if (bytes == null) {
            throw new IOException("the jar has no " + IMPORT_RESOURCE);
        }
        return new String(bytes, StandardCharsets.UTF_8).replace(DemoSite.COMPANY_URL_MARK, DemoSite.origin(companyUrl));
    }

    /**
     * The demo audit: the company site, objectives visibility and leads, the competitor site
     * as its one competitor, the partner's pages as backlink sources (its home with
     * {@code depth: 1}), and the export as an import relative to {@link #folder()} (so the
     * report names it {@code liens-entrants.csv}, not a temporary path): audit it with that
     * folder as its audit folder.
     */
    public AuditDefinition definition() {
        URI p = partner.url();
        List<Source> sources = List.of(
                Source.of(p.resolve(LISTING)),
                Source.of(p.resolve(ARTICLE)),
                Source.of(p.resolve(LOST)),
                Source.of(p.resolve(BLOCKED)),
                new Source(p, 1));
        return new AuditDefinition(SLUG, COMPANY, company.url(), null, OBJECTIVES,
                List.of(new Competitor(COMPETITOR, competitor.url())),
                new Backlinks(sources, List.of(IMPORT_FILE_NAME)), null);
    }

    public DemoSite company() {
        return company;
    }

    public DemoSite partner() {
        return partner;
    }

    public DemoSite competitor() {
        return competitor;
    }

    /** The demo's audit folder, temporary: it holds the backlinks export only (deleted on close). */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            competitor.close();
            partner.close();
            company.close();
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(IMPORT_FILE_NAME));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the run itself is already written
        }
    }
}
