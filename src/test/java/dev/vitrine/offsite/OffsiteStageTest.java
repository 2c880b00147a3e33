package dev.vitrine.offsite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.Json;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.VitrineException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage end to end on a hand-built run folder: the company's site is a WireMock server
 * on 127.0.0.1 (its registrable domain is then {@code 127.0.0.1:<port>}), a partner page
 * links to it, a plain CSV import adds a link, and pages.jsonl says which company pages
 * answer.
 */
class OffsiteStageTest {

    @TempDir
    Path auditDir;

    private final FakeWeb web = new FakeWeb();
    private WireMockServer company;
    private String site;

    @BeforeEach
    void start() {
        company = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        company.start();
        company.stubFor(get(urlEqualTo("/pas-crawlee")).willReturn(aResponse().withStatus(410)));
        site = "http://127.0.0.1:" + company.port();
    }

    @AfterEach
    void stop() {
        company.stop();
        web.close();
    }

    @Test
    void writesOffsiteJsonWithSourcesImportsDirectoriesAndBrokenTargets() throws Exception {
        FakeWeb.Site partner = web.site("www.partenaire.example").page("/liens",
                "<a href=\"" + site + "/\">Boulangerie Martin</a>"
                        + "<a href=\"" + site + "/ancienne-page\" rel=\"nofollow\">nos horaires</a>"
                        + "<a href=\"" + site + "/promo\">cliquez ici</a>"
                        + "<a href=\"" + site + "/pas-crawlee\">" + site + "/pas-crawlee</a>");
        Files.writeString(auditDir.resolve("liens.csv"), "source_url,target_url,anchor\n"
                + "https://www.mairie-exemple.fr/commerces," + site + "/ancienne-page,horaires\n");
        Path runDir = Files.createDirectories(auditDir.resolve("runs/2026-11-24T010000"));
        Files.writeString(runDir.resolve("crawl.json"),
                "{\"tool\":\"vitrine\",\"startUrl\":\"" + site + "/\",\"homeUrl\":\"" + site + "/\"}");
        Files.writeString(runDir.resolve("pages.jsonl"), String.join("\n",
                page(site + "/", site + "/", 200, "[]",
                        "[{\"href\":\"https://www.pagesjaunes.fr/pros/12345678\",\"text\":\"PagesJaunes\",\"internal\":false},"
                                + "{\"href\":\"" + site + "/contact\",\"text\":\"Contact\",\"internal\":true}]"),
                page(site + "/ancienne-page", site + "/ancienne-page", 404, "[]", "[]"),
                page(site + "/promo", site + "/promotions", 200,
                        "[{\"url\":\"" + site + "/promo\",\"status\":301,\"location\":\"/promotions\"}]", "[]"),
                "") + "\n");
        AuditDefinition audit = new AuditDefinition("martin", "Boulangerie Martin", URI.create(site + "/"), "fr",
                List.of(), List.of(), new AuditDefinition.Backlinks(
                        List.of(AuditDefinition.Backlinks.Source.of(URI.create(partner.url("/liens")))),
                        List.of("liens.csv")), null);
        StringWriter logged = new StringWriter();
        OffsiteStage stage = new OffsiteStage(new OffsiteStage.Settings(false, "Vitrine-test", Duration.ofSeconds(5),
                Duration.ZERO, web::route), new PrintWriter(logged));

        Offsite offsite = stage.gather(audit, auditDir, runDir);

        assertFalse(offsite.profilesVerified());
        Offsite.Backlinks b = offsite.backlinks();
        assertEquals(Offsite.LINKING, b.sources().get(0).status());
        assertEquals(4, b.sources().get(0).links());
        assertEquals("plain", b.imports().get(0).format());
        assertEquals(5, b.linkCount());
        Map<String, Integer> statusByTarget = b.links().stream().collect(Collectors.toMap(
                l -> l.targetUrl() + " " + l.origin(), Offsite.Backlink::targetStatus));
        assertEquals(200, statusByTarget.get(site + "/ source"));
        assertEquals(200, statusByTarget.get(site + "/promo source"), "followed through its redirect chain");
        assertEquals(404, statusByTarget.get(site + "/ancienne-page import:liens.csv"));
        assertEquals(410, statusByTarget.get(site + "/pas-crawlee source"), "fetched: not in the crawl");
        Offsite.Summary s = b.summary();
        assertEquals(2, s.referringDomains());
        assertEquals(4, s.followLinks());
        assertEquals(Map.of("brand", 1, "exact", 2, "generic", 1, "url", 1), s.anchors());
        assertEquals(1, s.sourcesChecked());
        assertEquals(1, s.sourcesLinking());
        assertEquals(List.of(site + "/ancienne-page", site + "/pas-crawlee"),
                s.brokenTargets().stream().map(Offsite.BrokenTarget::url).toList());
        assertEquals(2, s.brokenTargets().get(0).links());
        assertEquals(1, offsite.directories().size());
        Offsite.Directory listing = offsite.directories().get(0);
        assertEquals("pagesjaunes", listing.id());
        assertEquals("site", listing.foundOn());
        assertEquals(site + "/", listing.from());

        Offsite written = Json.MAPPER.readValue(runDir.resolve(Offsite.FILE).toFile(), Offsite.class);
        assertEquals(offsite, written);
        assertEquals(offsite, OffsiteStage.read(runDir));
        assertTrue(logged.toString().contains(partner.url("/liens")), logged.toString());
        assertEquals(1, company.getAllServeEvents().size(), "only the target the crawl did not see is fetched");
    }

    @Test
    void verifiesTheOwnProfilesWhenAskedTo() throws Exception {
        web.site("www.facebook.com").page("/boulangeriemartin", "<h1>Boulangerie Martin</h1>");
        Path runDir = Files.createDirectories(auditDir.resolve("run"));
        Files.writeString(runDir.resolve("pages.jsonl"), "{\"url\":\"" + site + "/\",\"finalUrl\":\"" + site
                + "/\",\"status\":200,\"contentType\":\"text/html\",\"depth\":0,\"social\":[{\"platform\":\"facebook\","
                + "\"url\":\"https://www.facebook.com/boulangeriemartin\",\"handle\":\"boulangeriemartin\","
                + "\"source\":\"link\",\"region\":\"footer\"}]}\n");
        AuditDefinition audit = new AuditDefinition("martin", "Boulangerie Martin", URI.create(site + "/"), "fr",
                List.of(), List.of(), null, null);
        StringWriter logged = new StringWriter();

        Offsite offsite = new OffsiteStage(new OffsiteStage.Settings(true, "Vitrine-test", Duration.ofSeconds(5),
                Duration.ZERO, web::route), new PrintWriter(logged)).gather(audit, auditDir, runDir);

        assertTrue(offsite.profilesVerified());
        assertEquals(1, offsite.profiles().size());
        assertTrue(offsite.profiles().get(0).own());
        assertTrue(offsite.profiles().get(0).verification() != null);
        assertTrue(logged.toString().contains("vérification"), logged.toString());
        assertFalse(offsite.backlinks().declared());
    }

    @Test
    void goesOnWhenAnImportIsMissingAndTheRunHasNoPages() throws Exception {
        Path runDir = Files.createDirectories(auditDir.resolve("run"));
        AuditDefinition audit = new AuditDefinition("martin", "Boulangerie Martin", URI.create(site + "/"), "fr",
                List.of(), List.of(), new AuditDefinition.Backlinks(List.of(), List.of("absent.csv")), null);

        Offsite offsite = new OffsiteStage(new OffsiteStage.Settings(false, "Vitrine-test", Duration.ofSeconds(5),
                Duration.ZERO, null), null).gather(audit, auditDir, runDir);

        assertTrue(offsite.backlinks().declared());
        assertTrue(offsite.backlinks().imports().get(0).error().contains("absent.csv"));
        assertTrue(Files.isRegularFile(runDir.resolve(Offsite.FILE)));
    }

    @Test
    void readsNothingFromARunMadeBeforeOffsiteJsonAndRefusesABrokenOne() throws Exception {
        Path older = Files.createDirectories(auditDir.resolve("older"));
        assertNull(OffsiteStage.read(older));

        Files.writeString(older.resolve(Offsite.FILE), "{ not json");
        VitrineException e = assertThrows(VitrineException.class, () -> OffsiteStage.read(older));
        assertEquals(VitrineException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains(Offsite.FILE), e.getMessage());
    }

    @Test
    void usesTheDocumentedDefaults() {
        OffsiteStage.Settings defaults = OffsiteStage.Settings.defaults("Vitrine/1.0");
        assertTrue(defaults.verifyProfiles());
        assertEquals(Duration.ofSeconds(10), defaults.timeout());
        assertEquals(Duration.ofSeconds(1), defaults.pause());
        URI any = URI.create("https://www.example.fr/");
        assertEquals(any, defaults.route().apply(any));
    }

    /** One hand-built pages.jsonl line: only the fields the stage reads. */
    private static String page(String url, String finalUrl, int status, String redirects, String links) {
        return "{\"url\":\"" + url + "\",\"finalUrl\":\"" + finalUrl + "\",\"redirects\":" + redirects
                + ",\"status\":" + status + ",\"contentType\":\"text/html; charset=utf-8\",\"depth\":0,\"links\":"
                + links + "}";
    }
}
