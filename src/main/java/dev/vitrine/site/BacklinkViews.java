package dev.vitrine.site;

import dev.vitrine.model.Offsite;
import dev.vitrine.model.Offsite.Backlink;
import dev.vitrine.model.Offsite.Backlinks;
import dev.vitrine.model.Offsite.BrokenTarget;
import dev.vitrine.model.Offsite.Domain;
import dev.vitrine.model.Offsite.ImportFile;
import dev.vitrine.model.Offsite.Source;
import dev.vitrine.model.Offsite.Summary;
import dev.vitrine.site.ReportModel.AnchorBar;
import dev.vitrine.site.ReportModel.BacklinksView;
import dev.vitrine.site.ReportModel.BrokenRow;
import dev.vitrine.site.ReportModel.DomainRow;
import dev.vitrine.site.ReportModel.ImportRow;
import dev.vitrine.site.ReportModel.KeyFigure;
import dev.vitrine.site.ReportModel.LinkRow;
import dev.vitrine.site.ReportModel.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The backlinks page from the run's offsite.json: key figures, the anchor distribution,
 * the declared sources and imports, the referring domains, the broken targets (each worth a
 * redirect) and the first links. Everything here comes from other sites: bounded, as text,
 * links as {@link ReportModel.SafeLink}.
 */
final class BacklinkViews {

    /** Anchor kinds in the order of the chart; kinds offsite.json adds later follow. */
    static final List<String> ANCHOR_KINDS = List.of("brand", "exact", "generic", "url");
    static final int MAX_DOMAINS = 100;
    static final int MAX_LINKS = 200;
    static final int MAX_FROM = 5;

    private final Views views;
    private final Labels labels;
    private final Format format;

    BacklinkViews(Views views) {
        this.views = views;
        this.labels = views.labels();
        this.format = views.format();
    }

    /** The page's data, or null when there is nothing to show (no offsite.json, or nothing declared). */
    BacklinksView backlinks() {
        Offsite offsite = views.result().offsite();
        if (offsite == null || !offsite.backlinks().declared()) {
            return null;
        }
        Backlinks b = offsite.backlinks();
        Summary s = b.summary();
        List<DomainRow> domains = s.domains().stream().limit(MAX_DOMAINS)
                .map(d -> new DomainRow(Texts.truncate(Texts.orEmpty(d.domain()), Texts.SHORT), format.integer(d.links()),
                        format.integer(d.followLinks()), origins(d)))
                .toList();
        List<BrokenRow> broken = s.brokenTargets().stream().limit(MAX_LINKS)
                .map(t -> new BrokenRow(Texts.link(t.url()), String.valueOf(t.status()), format.integer(t.links()),
                        from(t)))
                .toList();
        List<LinkRow> links = b.links().stream().limit(MAX_LINKS).map(this::linkRow).toList();
        int linkTotal = Math.max(b.linkCount(), b.links().size());
        return new BacklinksView(figures(s), anchors(s), b.sources().stream().map(this::sourceRow).toList(),
                b.imports().stream().map(this::importRow).toList(), domains,
                Math.max(0, Math.max(s.referringDomains(), s.domains().size()) - domains.size()), broken, links,
                Math.max(0, linkTotal - links.size()));
    }

    private List<KeyFigure> figures(Summary s) {
        Double follow = s.followShare();
        return List.of(
                new KeyFigure(message("backlinks.figure.domains"), format.integer(s.referringDomains())),
                new KeyFigure(message("backlinks.figure.links"), format.integer(s.links())),
                new KeyFigure(message("backlinks.figure.follow"), follow == null ? Format.NONE : format.percent(follow)),
                new KeyFigure(message("backlinks.figure.sources"),
                        labels.messages().get("backlinks.figure.sources.value", format.integer(s.sourcesLinking()),
                                format.integer(s.sourcesChecked()))),
                new KeyFigure(message("backlinks.figure.broken"), format.integer(s.brokenTargets().size())));
    }

    /** One bar per anchor kind, the known kinds first (even at zero), widths as shares of all anchors. */
    List<AnchorBar> anchors(Summary s) {
        Map<String, Integer> counts = s.anchors();
        List<String> kinds = new ArrayList<>(ANCHOR_KINDS);
        new TreeSet<>(counts.keySet()).stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<AnchorBar> bars = new ArrayList<>();
        for (String kind : kinds) {
            int n = counts.getOrDefault(kind, 0);
            double share = total == 0 ? 0 : (double) n / total;
            bars.add(new AnchorBar(Texts.slug(kind), label("backlinks.anchor.", kind), format.integer(n),
                    format.percent(share), Charts.number(share * 100)));
        }
        return bars;
    }

    private SourceRow sourceRow(Source src) {
        String status = Texts.slug(src.status());
        return new SourceRow(Texts.link(src.url()), src.depth() > 0 ? format.integer(src.depth()) : "0", status,
                label("backlinks.status.", src.status()), sourceVerdict(src.status()),
                src.httpStatus() == 0 ? Format.NONE : String.valueOf(src.httpStatus()), format.integer(src.pagesFetched()),
                format.integer(src.links()), Texts.truncate(src.error(), Texts.LONG));
    }

    /** The verdict whose colour a source status takes: linking green, lost red, unreachable amber, blocked grey. */
    static String sourceVerdict(String status) {
        if (status == null) {
            return "not_applicable";
        }
        return switch (status) {
            case Offsite.LINKING -> "pass";
            case Offsite.LOST -> "fail";
            case Offsite.UNREACHABLE -> "partial";
            default -> "not_applicable";
        };
    }

    private ImportRow importRow(ImportFile f) {
        return new ImportRow(Texts.truncate(Texts.orEmpty(f.file()), Texts.SHORT),
                f.format() == null ? Format.NONE : Texts.truncate(f.format(), Texts.SHORT), format.integer(f.rows()),
                format.integer(f.links()), Texts.truncate(f.error(), Texts.LONG));
    }

    private LinkRow linkRow(Backlink l) {
        int status = l.targetStatus();
        String verdict = status == 0 ? "not_applicable" : status >= 400 ? "fail" : status >= 300 ? "partial" : "pass";
        return new LinkRow(Texts.link(l.sourceUrl()), Texts.link(l.targetUrl()), Texts.truncate(l.anchor(), Texts.SHORT),
                label("backlinks.anchor.", l.anchorKind()), label("backlinks.rel.", l.rel()),
                status == 0 ? Format.NONE : String.valueOf(status), verdict);
    }

    private List<ReportModel.SafeLink> from(BrokenTarget t) {
        return t.from() == null ? List.of() : t.from().stream().limit(MAX_FROM).map(Texts::link).toList();
    }

    private String origins(Domain d) {
        if (d.origins() == null) {
            return "";
        }
        return String.join(", ", d.origins().stream().limit(5).map(o -> Texts.truncate(origin(o), Texts.SHORT)).toList());
    }

    /** {@code source} or {@code import:<file>}, in words. */
    private String origin(String origin) {
        if (origin != null && origin.startsWith("import:")) {
            return labels.messages().get("backlinks.origin.import", origin.substring("import:".length()));
        }
        return label("backlinks.origin.", origin);
    }

    private String message(String key) {
        return labels.messages().get(key);
    }

    /** The label of an open-ended id, or the id itself (bounded) when the bundle has none. */
    private String label(String prefix, String id) {
        String label = id == null ? null : labels.messages().getOrNull(prefix + Texts.slug(id));
        return label != null ? label : Texts.truncate(Texts.orEmpty(id), Texts.SHORT);
    }
}
