package dev.vitrine.publish;

import dev.vitrine.model.VitrineException;
import dev.vitrine.publish.PortfolioModel.AuditRow;
import dev.vitrine.publish.PortfolioModel.Belt;
import dev.vitrine.publish.PortfolioModel.Page;
import dev.vitrine.publish.PortfolioModel.RunRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the portfolio's own pages: the index of every audit ({@code index.html}) and one
 * page per audit listing its runs ({@code <slug>/index.html}), with their stylesheet. The
 * templates and messages are the built-in ones under {@code site-templates/portfolio/}.
 */
final class PortfolioPages {

    static final String TEMPLATES_ROOT = "site-templates/portfolio/";
    /** The report's icon, shared so the portfolio and the reports look like one site. */
    private static final String FAVICON_RESOURCE = "site-templates/assets/favicon.svg";
    private static final Set<String> BELTS = Set.of("white", "yellow", "orange", "green", "blue", "brown", "black");
    static final String NONE = "—";

    private final ClassLoader loader;
    private final PortfolioMessages messages;
    private final TemplateEngine engine;
    private final boolean indexable;
    private final BaseUrl baseUrl;
    private final String version;
    private final String generatedAt;
    private final DateTimeFormatter dates;

    PortfolioPages(String language, boolean indexable, BaseUrl baseUrl, String version, Instant generatedAt) {
        this.loader = PortfolioPages.class.getClassLoader();
        this.messages = PortfolioMessages.load(language, loader);
        this.indexable = indexable;
        this.baseUrl = baseUrl;
        this.version = version;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).withZone(ZoneOffset.UTC);
        this.generatedAt = dates.format(generatedAt);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(loader);
        resolver.setPrefix(TEMPLATES_ROOT);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(messages);
    }

    /** Writes the pages and assets into {@code root}; returns the pages written, relative to it. */
    List<String> write(Portfolio portfolio, Path root) throws IOException {
        List<String> pages = new ArrayList<>();
        Files.createDirectories(root.resolve(PortfolioLayout.ASSETS_DIR));
        copyResource(TEMPLATES_ROOT + "portfolio.css", root.resolve(PortfolioLayout.STYLESHEET));
        copyResource(FAVICON_RESOURCE, root.resolve(PortfolioLayout.FAVICON));

        List<AuditRow> rows = portfolio.audits().stream().map(a -> row(a, true)).toList();
        render("index", Map.of("page", page("", PortfolioLayout.INDEX), "audits", rows), root.resolve(PortfolioLayout.INDEX));
        pages.add(PortfolioLayout.INDEX);

        for (Portfolio.Audit audit : portfolio.audits()) {
            String file = PortfolioLayout.auditPage(audit.slug());
            List<RunRow> runs = new ArrayList<>();
            for (int i = audit.runs().size() - 1; i >= 0; i--) {
                runs.add(run(audit, audit.runs().get(i), i == audit.runs().size() - 1));
            }
            Files.createDirectories(root.resolve(audit.slug()));
            render("audit", Map.of("page", page("../", file), "audit", row(audit, false), "runs", runs), root.resolve(file));
            pages.add(file);
        }
        return pages;
    }

    private Page page(String rootPath, String file) {
        return new Page(messages.locale().getLanguage(), rootPath, !indexable, baseUrl == null ? null : baseUrl.of(file),
                version, generatedAt);
    }

    /** An audit as a row, its links relative to the index ({@code onIndex}) or to the audit's own page. */
    private AuditRow row(Portfolio.Audit audit, boolean onIndex) {
        Portfolio.Run latest = audit.latest();
        String fromRoot = onIndex ? audit.slug() + "/" : "";
        Sparkline trend = Sparkline.of(audit.runs().stream().map(Portfolio.Run::score).toList());
        String trendLabel = trend.isEmpty() ? messages.get("trend.none")
                : messages.get("trend.label", trend.scores().size(), trend.scoreList());
        return new AuditRow(audit.slug(), audit.company(), fromRoot + PortfolioLayout.INDEX,
                fromRoot + reportFromAudit(latest), score(latest.score()), belt(latest.belt()),
                date(latest.scoredAt()), iso(latest.scoredAt()), trend, trendLabel, audit.runs().size());
    }

    private RunRow run(Portfolio.Audit audit, Portfolio.Run run, boolean latest) {
        return new RunRow(run.runId(), date(run.scoredAt()), iso(run.scoredAt()), score(run.score()), belt(run.belt()),
                reportFromAudit(run), latest);
    }

    /** A run's report relative to its audit's page. */
    private static String reportFromAudit(Portfolio.Run run) {
        return PortfolioLayout.RUNS_DIR + "/" + run.runId() + "/" + PortfolioLayout.SITE_DIR + "/" + PortfolioLayout.INDEX;
    }

    private Belt belt(String id) {
        if (id == null || !BELTS.contains(id)) {
            return null;
        }
        return new Belt(id, messages.get("belt." + id));
    }

    private static String score(Double score) {
        return score == null ? NONE : String.valueOf(Math.round(score));
    }

    private String date(Instant when) {
        return when == null ? NONE : dates.format(when);
    }

    private static String iso(Instant when) {
        return when == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(when);
    }

    private void render(String template, Map<String, Object> variables, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            engine.process(template, new Context(messages.locale(), variables), out);
        } catch (TemplateEngineException e) {
            throw new VitrineException(VitrineException.Kind.INTERNAL,
                    "the portfolio template " + TEMPLATES_ROOT + template + ".html failed: " + e.getMessage(), e);
        }
    }

    private void copyResource(String resource, Path file) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the built-in " + resource + " is missing from the jar");
            }
            Files.copy(in, file);
        }
    }
}
