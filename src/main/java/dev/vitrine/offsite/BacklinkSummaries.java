package dev.vitrine.offsite;

import dev.vitrine.model.Offsite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Aggregates the backlinks found by the sources and imports into offsite.json's
 * {@link Offsite.Backlinks}: one link counted once even when several origins report it,
 * referring domains, follow share, anchor kinds and the broken company pages that links
 * point to. Pure.
 *
 * <p>A link whose attribute the origin does not give (Search Console exports, a plain file
 * without a rel column) is counted as follow: nothing says it is not.
 */
final class BacklinkSummaries {

    static final int MAX_DOMAINS = 500;
    static final int MAX_ORIGINS = 10;
    static final int MAX_BROKEN = 200;
    static final int MAX_FROM = 20;

    private BacklinkSummaries() {}

    static Offsite.Backlinks build(List<Offsite.Source> sources, List<Offsite.ImportFile> imports,
                                   List<FoundLink> found, List<LinkingDomain> domainRows, AnchorKinds anchors,
                                   Function<String, TargetStatuses.Status> statuses) {
        List<Offsite.Backlink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FoundLink f : found) {
            if (!seen.add(identity(f))) {
                continue;
            }
            TargetStatuses.Status status = statuses.apply(f.targetUrl());
            links.add(new Offsite.Backlink(f.sourceUrl(), RegistrableDomains.ofUrl(f.sourceUrl()), f.targetUrl(),
                    f.anchor(), anchors.kind(f.anchor()), f.rel(), status == null ? 0 : status.status(), f.origin()));
        }
        Offsite.Summary summary = summary(sources, links, domainRows, statuses);
        List<Offsite.Backlink> kept = links.size() > Offsite.Backlinks.MAX_LINKS
                ? links.subList(0, Offsite.Backlinks.MAX_LINKS) : links;
        return new Offsite.Backlinks(sources, imports, kept, links.size(), summary);
    }

    /** The same link reported twice (two tools, or a source and an import) is one link. */
    private static String identity(FoundLink f) {
        return TargetStatuses.key(f.sourceUrl()) + "\n" + (f.targetUrl() == null ? "" : TargetStatuses.key(f.targetUrl()))
                + "\n" + AnchorKinds.fold(f.anchor());
    }

    static boolean follows(String rel) {
        return !Offsite.NOFOLLOW.equals(rel) && !Offsite.SPONSORED.equals(rel) && !Offsite.UGC.equals(rel);
    }

    private static final class DomainCount {
        int links;
        int follow;
        int rowLinks;
        final Set<String> origins = new LinkedHashSet<>();

        int total() {
            return Math.max(links, rowLinks);
        }

        int totalFollow() {
            return follow + (total() - links); // domain-only counts carry no attribute
        }
    }

    private static Offsite.Summary summary(List<Offsite.Source> sources, List<Offsite.Backlink> links,
                                           List<LinkingDomain> domainRows,
                                           Function<String, TargetStatuses.Status> statuses) {
        Map<String, DomainCount> byDomain = new LinkedHashMap<>();
        Map<String, Integer> anchors = new LinkedHashMap<>();
        AnchorKinds.ALL.forEach(k -> anchors.put(k, 0));
        Map<String, BrokenCount> broken = new LinkedHashMap<>();
        for (Offsite.Backlink l : links) {
            DomainCount d = byDomain.computeIfAbsent(domainKey(l.sourceDomain()), k -> new DomainCount());
            d.links++;
            if (follows(l.rel())) {
                d.follow++;
            }
            d.origins.add(l.origin());
            anchors.merge(l.anchorKind(), 1, Integer::sum);
            TargetStatuses.Status status = statuses.apply(l.targetUrl());
            if (status != null && status.broken()) {
                BrokenCount b = broken.computeIfAbsent(TargetStatuses.key(l.targetUrl()),
                        k -> new BrokenCount(l.targetUrl(), status.status()));
                b.links++;
                if (b.from.size() < MAX_FROM) {
                    b.from.add(l.sourceUrl());
                }
            }
        }
        for (LinkingDomain row : domainRows) {
            DomainCount d = byDomain.computeIfAbsent(domainKey(row.domain()), k -> new DomainCount());
            // the same site in two Search Console exports is one site: keep its largest count
            d.rowLinks = Math.max(d.rowLinks, row.links());
            d.origins.add(row.origin());
        }
        int total = 0;
        int follow = 0;
        List<Offsite.Domain> domains = new ArrayList<>();
        for (Map.Entry<String, DomainCount> e : byDomain.entrySet()) {
            DomainCount d = e.getValue();
            total += d.total();
            follow += d.totalFollow();
            domains.add(new Offsite.Domain(e.getKey(), d.total(), d.totalFollow(),
                    d.origins.stream().limit(MAX_ORIGINS).toList()));
        }
        domains.sort(Comparator.comparingInt(Offsite.Domain::links).reversed().thenComparing(Offsite.Domain::domain));
        List<Offsite.BrokenTarget> brokenTargets = broken.values().stream()
                .sorted(Comparator.comparingInt((BrokenCount b) -> b.links).reversed().thenComparing(b -> b.url))
                .limit(MAX_BROKEN)
                .map(b -> new Offsite.BrokenTarget(b.url, b.status, b.links, List.copyOf(b.from)))
                .toList();
        int checked = (int) sources.stream()
                .filter(s -> Offsite.LINKING.equals(s.status()) || Offsite.LOST.equals(s.status())).count();
        int linking = (int) sources.stream().filter(s -> Offsite.LINKING.equals(s.status())).count();
        return new Offsite.Summary(byDomain.size(), domains.stream().limit(MAX_DOMAINS).toList(), total, follow,
                anchors, brokenTargets, checked, linking);
    }

    private static String domainKey(String domain) {
        return domain == null ? "?" : domain.toLowerCase(Locale.ROOT);
    }

    private static final class BrokenCount {
        final String url;
        final int status;
        int links;
        final Set<String> from = new LinkedHashSet<>();

        BrokenCount(String url, int status) {
            this.url = url;
            this.status = status;
        }
    }
}
