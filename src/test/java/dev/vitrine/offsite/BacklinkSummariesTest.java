package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vitrine.model.Offsite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BacklinkSummariesTest {

    private static final String HOME = "https://www.boulangerie-martin.fr/";
    private static final String OLD = "https://www.boulangerie-martin.fr/ancienne-page";
    private final AnchorKinds anchors = AnchorKinds.of("Boulangerie Martin", "boulangerie-martin.fr");

    private static final Function<String, TargetStatuses.Status> STATUSES = url -> url == null ? null
            : url.equals(OLD) ? new TargetStatuses.Status(404, false)
            : url.endsWith("/panne") ? new TargetStatuses.Status(0, true)
            : new TargetStatuses.Status(200, false);

    private static FoundLink link(String source, String target, String anchor, String rel, String origin) {
        return new FoundLink(source, target, anchor, rel, origin);
    }

    private Offsite.Backlinks build(List<FoundLink> links, List<LinkingDomain> domains, List<Offsite.Source> sources) {
        return BacklinkSummaries.build(sources, List.of(), links, domains, anchors, STATUSES);
    }

    @Test
    void countsReferringDomainsFollowShareAndAnchorKinds() {
        Offsite.Backlinks b = build(List.of(
                link("https://www.lyon-gourmand.fr/a", HOME, "Boulangerie Martin", "follow", "source"),
                link("https://blog.lyon-gourmand.fr/b", HOME, "cliquez ici", "nofollow", "source"),
                link("https://forum.example/t/1", HOME, "pain au levain", "ugc", "import:a.csv"),
                link("https://annuaire.example/f", HOME, "www.boulangerie-martin.fr", "sponsored", "import:a.csv")),
                List.of(), List.of());

        Offsite.Summary s = b.summary();
        assertEquals(3, s.referringDomains());
        assertEquals(4, s.links());
        assertEquals(1, s.followLinks());
        assertEquals(0.25, s.followShare());
        assertEquals(Map.of("brand", 1, "generic", 1, "exact", 1, "url", 1), s.anchors());
        Offsite.Domain top = s.domains().get(0);
        assertEquals("lyon-gourmand.fr", top.domain());
        assertEquals(2, top.links());
        assertEquals(1, top.followLinks());
        assertEquals("brand", b.links().get(0).anchorKind());
        assertEquals("lyon-gourmand.fr", b.links().get(0).sourceDomain());
        assertEquals(200, b.links().get(0).targetStatus());
    }

    @Test
    void groupsReferringSitesByRegistrableDomain() {
        Offsite.Backlinks b = build(List.of(
                link("https://shop.example.co.uk/a", HOME, "Martin", "follow", "source"),
                link("https://blog.example.co.uk/b", HOME, "Martin", "follow", "source"),
                link("https://www.economie.gouv.fr/c", HOME, "Martin", "follow", "source"),
                link("https://www.interieur.gouv.fr/d", HOME, "Martin", "follow", "source")),
                List.of(), List.of());

        assertEquals(List.of("example.co.uk", "economie.gouv.fr", "interieur.gouv.fr"),
                b.summary().domains().stream().map(Offsite.Domain::domain).toList());
        assertEquals(3, b.summary().referringDomains());
    }

    @Test
    void countsALinkReportedByTwoOriginsOnce() {
        Offsite.Backlinks b = build(List.of(
                link("https://www.lyon-gourmand.fr/a", HOME, "Boulangerie Martin", "follow", "source"),
                link("https://www.lyon-gourmand.fr/a#top", HOME, "boulangerie martin", "follow", "import:ahrefs.csv")),
                List.of(), List.of());

        assertEquals(1, b.linkCount());
        assertEquals(1, b.summary().links());
    }

    @Test
    void addsDomainOnlyRowsWithoutCountingTheirLinksTwice() {
        Offsite.Backlinks b = build(List.of(
                link("https://www.lyon-gourmand.fr/a", HOME, "Martin", "nofollow", "source")),
                List.of(new LinkingDomain("lyon-gourmand.fr", 12, "import:sites.csv"),
                        new LinkingDomain("mairie-exemple.fr", 3, "import:sites.csv")),
                List.of());

        Offsite.Summary s = b.summary();
        assertEquals(2, s.referringDomains());
        assertEquals(15, s.links());
        assertEquals(11 + 3, s.followLinks(), "domain-only counts carry no attribute: counted as follow");
        assertEquals(new Offsite.Domain("lyon-gourmand.fr", 12, 11, List.of("source", "import:sites.csv")),
                s.domains().get(0));
        assertEquals(1, b.links().size(), "domain rows are not links");
    }

    @Test
    void listsBrokenTargetsWithTheirLinkingPages() {
        List<FoundLink> links = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            links.add(link("https://site" + i + ".example/p", OLD, "horaires", "follow", "source"));
        }
        links.add(link("https://a.example/", "https://www.boulangerie-martin.fr/panne", "x", "follow", "source"));
        links.add(link("https://b.example/", null, "", null, "import:latest.csv"));

        List<Offsite.BrokenTarget> broken = build(links, List.of(), List.of()).summary().brokenTargets();

        assertEquals(2, broken.size());
        assertEquals(OLD, broken.get(0).url());
        assertEquals(404, broken.get(0).status());
        assertEquals(25, broken.get(0).links());
        assertEquals(BacklinkSummaries.MAX_FROM, broken.get(0).from().size());
        assertEquals(0, broken.get(1).status(), "no answer at all is broken too");
    }

    @Test
    void keepsAtMostTheLinkLimitButCountsEveryLink() {
        List<FoundLink> links = new ArrayList<>();
        for (int i = 0; i < Offsite.Backlinks.MAX_LINKS + 10; i++) {
            links.add(link("https://s" + i + ".example/", HOME, "Boulangerie Martin", "follow", "source"));
        }

        Offsite.Backlinks b = build(links, List.of(), List.of());

        assertEquals(Offsite.Backlinks.MAX_LINKS, b.links().size());
        assertEquals(Offsite.Backlinks.MAX_LINKS + 10, b.linkCount());
        assertEquals(Offsite.Backlinks.MAX_LINKS + 10, b.summary().links());
    }

    @Test
    void countsSourcesCheckedAndLinking() {
        List<Offsite.Source> sources = List.of(
                new Offsite.Source("https://a.example/", 0, Offsite.LINKING, 200, 1, 2, null),
                new Offsite.Source("https://b.example/", 0, Offsite.LOST, 200, 1, 0, null),
                new Offsite.Source("https://c.example/", 0, Offsite.BLOCKED, 0, 0, 0, "robots"),
                new Offsite.Source("https://d.example/", 0, Offsite.UNREACHABLE, 500, 0, 0, "500"));

        Offsite.Summary s = build(List.of(), List.of(), sources).summary();

        assertEquals(2, s.sourcesChecked());
        assertEquals(1, s.sourcesLinking());
        assertNull(s.followShare());
    }
}
