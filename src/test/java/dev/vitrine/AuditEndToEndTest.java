package dev.vitrine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.AuditResult.Finding;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.Json;
import dev.vitrine.model.Offsite;
import dev.vitrine.model.Verdict;
import dev.vitrine.offsite.OffsiteStage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small company site on WireMock, written with known strengths and gaps, audited from
 * crawl to result.json: specific findings come out as they should.
 */
class AuditEndToEndTest {

    static WireMockServer site;
    static AuditResult result;
    static Path runDir;

    @TempDir
    static Path runs;

    private static final String HEAD = """
            <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/style.css">
            <script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST12345"></script>
            <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-TEST12345');</script>
            """;

    private static String page(String title, String description, String body) {
        return "<!doctype html><html lang=\"fr\"><head>" + HEAD + "<title>" + title + "</title>"
                + (description == null ? "" : "<meta name=\"description\" content=\"" + description + "\">")
                + "</head><body><nav><a href=\"/\">Accueil</a> <a href=\"/contact/\">Contact</a> "
                + "<a href=\"/blog/\">Blog</a></nav>" + body
                + "<footer><a href=\"/mentions-legales/\">Mentions légales</a> "
                + "<a href=\"tel:04 72 00 00 00\">04 72 00 00 00</a> "
                + "<a href=\"https://www.facebook.com/plomberie.durand\">Facebook</a> "
                + "<a href=\"https://www.instagram.com/plomberie_durand/\">Instagram</a></footer></body></html>";
    }

    @BeforeAll
    static void auditTheSite() throws Exception {
        site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        site.start();
        site.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404).withBody("not found")));
        stub("/", page("Plomberie Durand, plombier à Villeurbanne",
                "Plomberie Durand : dépannage, installation de salle de bains et chauffe-eau à Villeurbanne depuis 1998.",
                "<h1>Plomberie Durand</h1><p>Votre plombier.</p><img src=\"/photo.png\">"
                        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Plumber\","
                        + "\"name\":\"Plomberie Durand\",\"url\":\"/\",\"telephone\":\"+33 4 72 00 00 00\"}</script>"
                        + "<a href=\"/ancienne-page\">ancienne page</a>"));
        stub("/contact/", page("Contacter Plomberie Durand",
                "Écrivez-nous ou appelez-nous pour un dépannage de plomberie à Villeurbanne et dans le Rhône.",
                "<h1>Contact</h1><form action=\"/contact/\" method=\"post\"><input name=\"email\" type=\"email\">"
                        + "<textarea name=\"message\"></textarea><button>Envoyer</button></form>"));
        stub("/blog/", page("Blog de Plomberie Durand", null,
                "<h1>Blog</h1><a href=\"/blog/detartrer/\">Détartrer un chauffe-eau</a>"));
        stub("/blog/detartrer/", page("Détartrer un chauffe-eau", null,
                "<h1>Détartrer</h1><h1>Deuxième titre</h1><article><time datetime=\"2024-01-10\">10 janvier 2024</time></article>"));
        stub("/mentions-legales/", page("Mentions légales de Plomberie Durand",
                "Éditeur du site, hébergeur et informations légales de la société Plomberie Durand SARL à Villeurbanne.",
                "<h1>Mentions légales</h1>"));
        site.stubFor(get(urlEqualTo("/style.css")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/css").withBody("body{margin:0} @media (max-width: 600px){nav{display:none}}")));
        site.stubFor(get(urlEqualTo("/photo.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withHeader("Cache-Control", "max-age=86400")
                .withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        site.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow:\nSitemap: " + site.baseUrl() + "/sitemap.xml\n")));
        site.stubFor(get(urlEqualTo("/sitemap.xml")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                        + "<url><loc>" + site.baseUrl() + "/</loc></url></urlset>")));

        AuditDefinition audit = new AuditDefinition("durand", "Plomberie Durand", java.net.URI.create(site.baseUrl() + "/"),
                "fr", List.of("leads"), List.of(), null, null);
        // The footer's profiles are verified, on this machine: their URLs are routed to the fake site.
        stub("/__profiles/www.facebook.com/plomberie.durand", "<!doctype html><html><head>"
                + "<title>Plomberie Durand | Facebook</title></head><body><h1>Plomberie Durand</h1>"
                + "<p>Plombier à Villeurbanne. 120 mentions J'aime.</p></body></html>");
        Vitrine vitrine = new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC(),
                s -> new OffsiteStage.Settings(s.verifyProfiles(), s.userAgent(), Duration.ofSeconds(5), Duration.ZERO,
                        AuditEndToEndTest::toTheFakeSite));
        Vitrine.AuditRun run = vitrine.audit(audit, CrawlSettings.DEFAULTS.withDelayMillis(0), runs);
        runDir = run.runDir();
        result = Json.MAPPER.readValue(runDir.resolve(Vitrine.RESULT_FILE).toFile(), AuditResult.class);
    }

    /** https://www.facebook.com/plomberie.durand → the fake site's /__profiles/www.facebook.com/plomberie.durand */
    private static URI toTheFakeSite(URI url) {
        String host = url.getHost() == null ? "" : url.getHost();
        boolean platform = host.endsWith("facebook.com") || host.endsWith("instagram.com");
        return platform ? URI.create(site.baseUrl() + "/__profiles/" + host + url.getRawPath()) : url;
    }

    private static void stub(String path, String html) {
        site.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
    }

    @AfterAll
    static void stop() {
        site.stop();
    }

    private static Finding finding(String id) {
        return result.findings().stream().filter(f -> f.criterion().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id));
    }

    private static boolean evidenceMentions(Finding f, String text) {
        return f.evidence().examples().stream()
                .anyMatch(e -> (e.url() != null && e.url().contains(text)) || (e.value() != null && e.value().contains(text)));
    }

    @Test
    void writesResultJsonWithScoresBeltAndPlan() {
        assertTrue(Files.exists(runDir.resolve(Vitrine.RESULT_FILE)));
        assertNotNull(result.overallScore());
        assertNotNull(result.belt());
        assertEquals(9, result.elements().size());
        assertTrue(result.findings().size() >= 55);
        assertTrue(!result.plan().isEmpty());
        assertEquals("Plomberie Durand", result.audit().company());
    }

    @Test
    void findsTheMissingDescriptionsAndTheBrokenLink() {
        Finding descriptions = finding("descriptions-present");
        assertEquals(Verdict.PARTIAL, descriptions.verdict());
        assertTrue(evidenceMentions(descriptions, "/blog/detartrer/"));
        Finding broken = finding("no-broken-links");
        assertTrue(evidenceMentions(broken, "/ancienne-page"), broken.evidence().toString());
        assertTrue(broken.verdict() != Verdict.PASS);
    }

    @Test
    void findsTheDoubleH1AndTheImageWithoutAlt() {
        assertTrue(evidenceMentions(finding("h1-single"), "/blog/detartrer/"));
        assertEquals(Verdict.FAIL, finding("images-alt").verdict());
    }

    @Test
    void findsAnalyticsWithoutAConsentTool() {
        assertEquals(Verdict.PASS, finding("analytics").verdict());
        assertTrue(result.technologies().stream().anyMatch(t -> t.category().equals("analytics")));
        assertEquals(Verdict.FAIL, finding("cookie-consent").verdict(), "trackers and no consent tool");
    }

    @Test
    void judgesContactDetailsAndStructuredData() {
        assertEquals(Verdict.PASS, finding("contact-one-click").verdict());
        assertEquals(Verdict.PASS, finding("contact-form").verdict());
        assertEquals(Verdict.PARTIAL, finding("click-to-call").verdict(), "tel:04 72 00 00 00 is not E.164");
        assertEquals(Verdict.PARTIAL, finding("organization-data").verdict(), "Plumber without a logo");
        assertEquals(Verdict.PASS, finding("legal-notice").verdict());
        assertEquals(Verdict.FAIL, finding("privacy-policy").verdict());
    }

    @Test
    void judgesAnOldBlogAndTheSecurityOfAPlainHttpSite() {
        assertEquals(Verdict.FAIL, finding("blog-freshness").verdict(), "newest article from January 2024");
        assertEquals(Verdict.FAIL, finding("https-everywhere").verdict());
        assertEquals(Verdict.FAIL, finding("hsts").verdict());
        assertEquals(Verdict.NOT_APPLICABLE, finding("http2").verdict());
        assertEquals(Verdict.PASS, finding("sitemap-declared").verdict());
        assertEquals(Verdict.PASS, finding("responsive-design").verdict());
        assertEquals(Verdict.PARTIAL, finding("social-profiles").verdict(), "two of the major platforms");
    }

    @Test
    void writesOffsiteJsonWithTheFooterProfilesAsOwnAndNoBacklinksToJudge() throws Exception {
        Offsite offsite = Json.MAPPER.readValue(runDir.resolve(Offsite.FILE).toFile(), Offsite.class);
        assertEquals(List.of("facebook", "instagram"), offsite.profiles().stream().filter(Offsite.Profile::own)
                .map(Offsite.Profile::platform).sorted().toList());
        assertTrue(!offsite.backlinks().declared(), "the audit declares no sources and no imports");
        assertEquals(List.of(), offsite.directories());
    }

    @Test
    void verifiesTheOwnProfilesAndFindsTheOneThatIsGone() throws Exception {
        Offsite offsite = Json.MAPPER.readValue(runDir.resolve(Offsite.FILE).toFile(), Offsite.class);
        assertTrue(offsite.profilesVerified());
        assertEquals(Offsite.OK, verification(offsite, "facebook").status());
        Offsite.Verification instagram = verification(offsite, "instagram");
        assertEquals(Offsite.BROKEN, instagram.status(), instagram.toString());
        assertEquals(404, instagram.httpStatus());
        Finding verified = finding("profiles-verified");
        assertEquals(Verdict.FAIL, verified.verdict(), verified.toString());
        assertTrue(evidenceMentions(verified, "instagram"), verified.evidence().toString());
    }

    private static Offsite.Verification verification(Offsite offsite, String platform) {
        return offsite.profiles().stream().filter(p -> p.platform().equals(platform)).findFirst()
                .map(Offsite.Profile::verification).orElseThrow(() -> new AssertionError("no " + platform + " profile"));
    }

    @Test
    void rescoringTheRunGivesTheSameResult() {
        AuditResult again = new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC()).rescore(runDir, null);
        assertEquals(result.overallScore(), again.overallScore());
        assertEquals(result.findings().stream().map(Finding::verdict).toList(),
                again.findings().stream().map(Finding::verdict).toList());
    }
}
