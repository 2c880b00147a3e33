package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition.Backlinks.Source;
import dev.vitrine.model.Offsite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BacklinkSourcesTest {

    private static final String COMPANY = "boulangerie-martin.fr";

    private final FakeWeb web = new FakeWeb();
    private final StringWriter logged = new StringWriter();

    @AfterEach
    void stop() {
        web.close();
    }

    private BacklinkSources.Result check(Source... sources) throws InterruptedException {
        return new BacklinkSources(web.fetcher(), Duration.ZERO, COMPANY, Directories.builtIn(),
                new PrintWriter(logged)).check(List.of(sources));
    }

    private static Source source(String url) {
        return Source.of(URI.create(url));
    }

    @Test
    void recordsEveryLinkToTheCompanyWithAnchorAndStrongestRel() throws Exception {
        FakeWeb.Site partner = web.site("www.partenaire.example").page("/nos-partenaires", """
                <p><a href="https://www.boulangerie-martin.fr/">Boulangerie  Martin</a></p>
                <p><a rel="nofollow" href="https://boulangerie-martin.fr/pains">nos pains</a></p>
                <p><a rel="nofollow sponsored" href="https://shop.boulangerie-martin.fr/">boutique</a></p>
                <p><a rel="ugc nofollow" href="https://www.boulangerie-martin.fr/avis">un avis</a></p>
                <p><a href="/contact"><img src="logo.png" alt="Logo Martin"></a></p>
                <p><a href="https://www.ailleurs.example/">ailleurs</a></p>
                <p><a href="https://www.boulangerie-martin.fr/contact"><img src="logo.png" alt="Logo Martin"></a></p>
                """);

        BacklinkSources.Result result = check(source(partner.url("/nos-partenaires")));

        Offsite.Source checked = result.sources().get(0);
        assertEquals(Offsite.LINKING, checked.status());
        assertEquals(200, checked.httpStatus());
        assertEquals(1, checked.pagesFetched());
        assertEquals(5, checked.links());
        assertNull(checked.error());
        Map<String, String> relByTarget = result.links().stream()
                .collect(Collectors.toMap(FoundLink::targetUrl, FoundLink::rel));
        assertEquals(Map.of(
                "https://www.boulangerie-martin.fr/", "follow",
                "https://boulangerie-martin.fr/pains", "nofollow",
                "https://shop.boulangerie-martin.fr/", "sponsored",
                "https://www.boulangerie-martin.fr/avis", "ugc",
                "https://www.boulangerie-martin.fr/contact", "follow"), relByTarget);
        FoundLink first = result.links().get(0);
        assertEquals("Boulangerie Martin", first.anchor());
        assertEquals(partner.url("/nos-partenaires"), first.sourceUrl());
        assertEquals("source", first.origin());
        assertEquals("Logo Martin", result.links().get(4).anchor());
        assertTrue(logged.toString().contains("linking"), logged.toString());
    }

    @Test
    void marksASourceWithoutLinkAsLost() throws Exception {
        FakeWeb.Site press = web.site("www.journal.example")
                .page("/article", "<p>La boulangerie a fermé ses portes pour travaux.</p><a href=\"/autre\">suite</a>");

        Offsite.Source checked = check(source(press.url("/article"))).sources().get(0);

        assertEquals(Offsite.LOST, checked.status());
        assertEquals(200, checked.httpStatus());
        assertEquals(1, checked.pagesFetched());
        assertEquals(0, checked.links());
    }

    @Test
    void marksASourceDisallowedByRobotsTxtAsBlockedWithoutFetchingIt() throws Exception {
        FakeWeb.Site site = web.site("annuaire.example")
                .robots("User-agent: *\nDisallow: /fiches/\n")
                .page("/fiches/martin", "<a href=\"https://www.boulangerie-martin.fr/\">Martin</a>");

        Offsite.Source checked = check(source(site.url("/fiches/martin"))).sources().get(0);

        assertEquals(Offsite.BLOCKED, checked.status());
        assertEquals(0, checked.links());
        assertTrue(checked.error().contains("robots.txt"), checked.error());
        assertEquals(0, site.requestsFor("/fiches/martin"));
    }

    @Test
    void obeysTheGroupNamedVitrine() throws Exception {
        FakeWeb.Site site = web.site("annuaire.example")
                .robots("User-agent: *\nAllow: /\n\nUser-agent: Vitrine\nDisallow: /\n")
                .page("/fiche", "<a href=\"https://www.boulangerie-martin.fr/\">Martin</a>");

        assertEquals(Offsite.BLOCKED, check(source(site.url("/fiche"))).sources().get(0).status());
    }

    @Test
    void marksAServerErrorOrNoAnswerAsUnreachable() throws Exception {
        FakeWeb.Site site = web.site("www.partenaire.example").status("/panne", 500);

        BacklinkSources.Result result = check(source(site.url("/panne")), source("https://nulle-part.example/page"));

        Offsite.Source failing = result.sources().get(0);
        assertEquals(Offsite.UNREACHABLE, failing.status());
        assertEquals(500, failing.httpStatus());
        assertTrue(failing.error().contains("500"), failing.error());
        Offsite.Source silent = result.sources().get(1);
        assertEquals(Offsite.UNREACHABLE, silent.status());
        assertEquals(0, silent.httpStatus());
        assertNotNull(silent.error());
    }

    @Test
    void followsRedirectsAndRecordsTheLinkingPageWhereTheyEnd() throws Exception {
        FakeWeb.Site site = web.site("www.partenaire.example")
                .redirect("/ancien", "/nouveau")
                .page("/nouveau", "<a href=\"https://www.boulangerie-martin.fr/\">Boulangerie Martin</a>");

        BacklinkSources.Result result = check(source(site.url("/ancien")));

        assertEquals(Offsite.LINKING, result.sources().get(0).status());
        assertEquals(site.url("/nouveau"), result.links().get(0).sourceUrl());
    }

    @Test
    void readsTheSameSitePagesOfASourceAtDepthOne() throws Exception {
        FakeWeb.Site site = web.site("www.club-des-commercants.example")
                .page("/", """
                        <a href="/membres">Membres</a> <a href="/agenda#mai">Agenda</a>
                        <a href="/membres">Membres encore</a> <a href="/plaquette.pdf">Plaquette</a>
                        <a href="https://www.ailleurs.example/">Ailleurs</a>""")
                .page("/membres", "<a href=\"https://www.boulangerie-martin.fr/\" rel=\"nofollow\">Martin</a>")
                .page("/agenda", "<p>Marché de Noël</p>");
        FakeWeb.Site elsewhere = web.site("www.ailleurs.example")
                .page("/", "<a href=\"https://www.boulangerie-martin.fr/\">Martin</a>");

        BacklinkSources.Result result = check(new Source(URI.create(site.url("/")), 1));

        Offsite.Source checked = result.sources().get(0);
        assertEquals(Offsite.LINKING, checked.status());
        assertEquals(3, checked.pagesFetched());
        assertEquals(1, checked.links());
        assertEquals(site.url("/membres"), result.links().get(0).sourceUrl());
        assertEquals("nofollow", result.links().get(0).rel());
        assertEquals(1, site.requestsFor("/membres"));
        assertEquals(0, site.requestsFor("/plaquette.pdf"));
        assertEquals(0, elsewhere.requestsFor("/"));
    }

    @Test
    void reportsASourceThatIsADirectoryListing() throws Exception {
        FakeWeb.Site pj = web.site("www.pagesjaunes.fr")
                .page("/pros/12345678", "<a href=\"https://www.boulangerie-martin.fr/\">Site internet</a>");

        BacklinkSources.Result result = check(source(pj.url("/pros/12345678")));

        assertEquals(1, result.directories().size());
        Offsite.Directory listing = result.directories().get(0);
        assertEquals("pagesjaunes", listing.id());
        assertEquals("source", listing.foundOn());
        assertEquals(pj.url("/pros/12345678"), listing.url());
    }

    @Test
    void holdsBackWhileRobotsTxtAnswersAServerError() throws Exception {
        FakeWeb.Site site = web.site("annuaire.example").status("/robots.txt", 503)
                .page("/fiche", "<a href=\"https://www.boulangerie-martin.fr/\">Martin</a>");

        Offsite.Source checked = check(source(site.url("/fiche"))).sources().get(0);

        assertEquals(Offsite.BLOCKED, checked.status());
        assertTrue(checked.error().contains("503"), checked.error());
    }

    @Test
    void doesNotCountTheCompanysOwnPagesWhenASourceRedirectsThere() throws Exception {
        FakeWeb.Site partner = web.site("www.partenaire.example")
                .redirect("/martin", "https://www.boulangerie-martin.fr/");
        web.site("www.boulangerie-martin.fr").page("/", "<a href=\"/contact\">Contact</a>");

        BacklinkSources.Result result = check(source(partner.url("/martin")));

        assertEquals(Offsite.LOST, result.sources().get(0).status());
        assertTrue(result.links().isEmpty());
    }
}
