package dev.vitrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.demo.DemoSite;
import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditResult;
import dev.vitrine.model.Verdict;
import dev.vitrine.model.CrawlSettings;
import dev.vitrine.model.CrawlSummary;
import dev.vitrine.model.FormKind;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the bundled demo site: the gaps the demo was written with are found. */
class VitrineTest {

    @TempDir
    static Path runs;
    static DemoSite site;
    static Vitrine.AuditRun run;
    static Map<String, PageFacts> pages;

    @BeforeAll
    static void auditTheDemo() {
        site = DemoSite.start();
        AuditDefinition demo = new AuditDefinition("demo", "Atelier Lumière", site.url(), "fr", List.of(), List.of(),
                null, null);
        run = new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC())
                .audit(demo, CrawlSettings.DEFAULTS.withDelayMillis(0), runs);
        pages = readPages(run.runDir().resolve("pages.jsonl")).stream()
                .collect(Collectors.toMap(p -> path(p.url()), Function.identity()));
    }

    @AfterAll
    static void stopTheDemo() {
        site.close();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    @Test
    void findsEveryLinkedPageAndTheOrphanFromTheSitemap() {
        CrawlSummary crawl = run.crawl();
        assertTrue(crawl.totals().htmlPages() >= 24, "HTML pages: " + crawl.totals().htmlPages());
        assertTrue(pages.keySet().containsAll(List.of("/", "/contact/", "/devis/", "/faq/", "/blog/",
                "/realisations/cuisine-croix-rousse/", "/mentions-legales/", "/cgv/")), pages.keySet().toString());
        assertEquals(-1, pages.get("/offre-automne/").depth(), "only the sitemap leads to it");
        assertNull(crawl.stoppedBy());
    }

    @Test
    void findsTheBrokenLinkAndThePageLinkingToIt() {
        List<CrawlSummary.BrokenLink> broken = run.crawl().brokenLinks();
        assertEquals(1, broken.size(), broken.toString());
        assertEquals("/blog/guide-eclairage-2024/", path(broken.get(0).url()));
        assertEquals(404, broken.get(0).status());
        assertEquals(List.of("/blog/eclairage-exterieur-jardin/"), broken.get(0).linkedFrom().stream()
                .map(VitrineTest::path).toList());
    }

    @Test
    void findsThePageWithoutDescriptionAndNoHsts() {
        List<String> withoutDescription = pages.values().stream()
                .filter(p -> p.isHtml() && p.status() == 200 && p.metaDescription() == null)
                .map(p -> path(p.url())).toList();
        assertEquals(List.of("/realisations/cuisine-croix-rousse/"), withoutDescription);
        assertFalse(pages.get("/").headers().containsKey("strict-transport-security"));
    }

    @Test
    void findsNoPrivacyPolicyLink() {
        boolean privacyLink = pages.values().stream().flatMap(p -> p.links().stream())
                .anyMatch(l -> l.href().contains("confidentialite") || l.href().contains("privacy"));
        assertFalse(privacyLink);
    }

    @Test
    void tellsVisibleProfilesFromTheYoutubeOneOnlyInSameAs() {
        PageFacts home = pages.get("/");
        List<String> linked = home.social().stream().filter(s -> s.source().equals("link"))
                .map(PageFacts.SocialLink::platform).sorted().toList();
        assertEquals(List.of("facebook", "instagram", "linkedin"), linked);
        assertTrue(home.social().stream().anyMatch(s -> s.platform().equals("youtube") && s.source().equals("json-ld")));
        assertTrue(pages.values().stream().flatMap(p -> p.social().stream())
                .noneMatch(s -> s.platform().equals("youtube") && s.source().equals("link")));
    }

    @Test
    void doesNotTakeShareLinksOrEmbedsForProfiles() {
        PageFacts article = pages.get("/blog/temperature-couleur-led/");
        assertTrue(article.links().stream().anyMatch(l -> l.href().contains("sharer")), "the share link is recorded as a link");
        assertTrue(pages.values().stream().flatMap(p -> p.social().stream())
                .noneMatch(s -> s.url().contains("sharer") || s.url().contains("intent") || s.url().contains("embed")));
    }

    @Test
    void findsTheContactAndQuoteFormsAndTheClickToCallLink() {
        assertTrue(pages.get("/contact/").forms().stream().anyMatch(f -> f.kind() == FormKind.CONTACT));
        assertTrue(pages.get("/devis/").forms().stream().anyMatch(f -> f.kind() == FormKind.QUOTE));
        assertEquals(List.of("+33472102030"), pages.get("/").tel());
        assertTrue(pages.get("/").jsonLdTypes().size() > 0);
    }

    private static AuditResult.Finding finding(String id) {
        return run.result().findings().stream().filter(f -> f.criterion().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id));
    }

    private static boolean evidenceMentions(AuditResult.Finding f, String text) {
        return f.evidence().examples().stream()
                .anyMatch(e -> (e.url() != null && e.url().contains(text)) || (e.value() != null && e.value().contains(text)));
    }

    @Test
    void scoresTheDemoAndFindsEachOfItsDeliberateGaps() {
        AuditResult.Finding descriptions = finding("descriptions-present");
        assertEquals(Verdict.PARTIAL, descriptions.verdict());
        assertTrue(evidenceMentions(descriptions, "/realisations/cuisine-croix-rousse/"));

        AuditResult.Finding broken = finding("no-broken-links");
        assertNotEquals(Verdict.PASS, broken.verdict());
        assertTrue(evidenceMentions(broken, "/blog/guide-eclairage-2024/"));

        assertEquals(Verdict.FAIL, finding("hsts").verdict(), "no HSTS");
        assertEquals(Verdict.FAIL, finding("privacy-policy").verdict(), "no privacy page");
        AuditResult.Finding sameAs = finding("social-same-as");
        assertEquals(Verdict.PARTIAL, sameAs.verdict(), "YouTube only in sameAs");
        assertTrue(evidenceMentions(sameAs, "youtube"), sameAs.evidence().toString());
        assertEquals(Verdict.PASS, finding("contact-form").verdict());
        assertEquals(Verdict.PASS, finding("click-to-call").verdict());
        assertNotEquals(Verdict.PASS, finding("images-alt").verdict(), "three images without alt");
        assertTrue(run.result().socialProfiles().stream().noneMatch(p -> p.url().contains("sharer")),
                "the share link is not a profile");
        assertNotNull(run.result().overallScore());
        assertTrue(Files.exists(run.runDir().resolve(Vitrine.RESULT_FILE)));
    }

    @Test
    void anUnreachableSiteLeavesNoRunBehind(@TempDir Path otherRuns) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AuditDefinition nowhere = new AuditDefinition("x", "X", URI.create("http://127.0.0.1:" + closedPort + "/"),
                "fr", List.of(), List.of(), null, null);
        Vitrine vitrine = new Vitrine(new PrintWriter(new StringWriter()), false, Clock.systemUTC());
        VitrineException e = assertThrows(VitrineException.class,
                () -> vitrine.audit(nowhere, CrawlSettings.DEFAULTS, otherRuns));
        assertEquals(4, e.kind().exitCode);
        try (Stream<Path> left = Files.list(otherRuns)) {
            assertEquals(0, left.count());
        }
    }

    private static List<PageFacts> readPages(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(line -> {
                try {
                    return Json.MAPPER.readValue(line, PageFacts.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
