package dev.vitrine.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The small pure parts of publishing: base URL, page rewriting, sparkline, message bundles. */
class PortfolioPartsTest {

    @Test
    void aBaseUrlAddressesPagesAndFoldersAbsolutely() {
        BaseUrl base = BaseUrl.parse("HTTPS://Audits.Example.com:8443/clients");
        assertEquals("https://audits.example.com:8443/clients/", base.value());
        assertEquals("https://audits.example.com:8443/clients/", base.of("index.html"));
        assertEquals("https://audits.example.com:8443/clients/acme/index.html", base.of("acme/index.html"));
        assertEquals("https://audits.example.com:8443/clients/acme/runs/r/site/plan.html", base.of("acme/runs/r/site/plan.html"));
        assertEquals("https://audits.example.com:8443/clients/pages/fa%C3%A7ade%20x.html", base.of("pages/façade x.html"));
    }

    @Test
    void indexableRemovesTheRobotsMetaAndKeepsEverythingElse() {
        String page = "<!DOCTYPE html>\n<html><head>\n  <meta charset=\"utf-8\">\n  <meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "  <title>x</title>\n</head><body><p>meta name=\"robots\" in text</p></body></html>";
        String published = PublishedHtml.rewrite(page, true, null);
        assertEquals(page.replace("  <meta name=\"robots\" content=\"noindex, nofollow\">\n", ""), published);
        assertEquals(page, PublishedHtml.rewrite(page, false, null));
        String other = "<head><meta name=\"robotsish\" content=\"x\"><meta name=robots content=noindex></head>";
        assertEquals("<head><meta name=\"robotsish\" content=\"x\"></head>", PublishedHtml.rewrite(other, true, null));
    }

    @Test
    void aCanonicalLinkGoesAtTheEndOfTheHead() {
        String page = "<html><head><title>x</title></HEAD><body></body></html>";
        assertEquals("<html><head><title>x</title><link rel=\"canonical\" href=\"https://a.example/p?a=1&amp;b=&quot;\">\n</HEAD>"
                + "<body></body></html>", PublishedHtml.rewrite(page, false, "https://a.example/p?a=1&b=\""));
    }

    @Test
    void theSparklineUsesAFixedScaleAndSkipsRunsWithoutAScore() {
        Sparkline line = Sparkline.of(Arrays.asList(0.0, null, 100.0, 50.0));
        assertEquals("3.0,29.0 60.0,3.0 117.0,16.0", line.points());
        assertEquals(List.of(0, 100, 50), line.scores());
        assertEquals(117.0, line.lastX());
        assertEquals(16.0, line.lastY());
        assertEquals("0, 100, 50", line.scoreList());
        Sparkline one = Sparkline.of(List.of(58.6));
        assertEquals(List.of(59), one.scores());
        assertEquals(60.0, one.lastX());
        assertTrue(Sparkline.of(Arrays.asList((Double) null)).isEmpty());
    }

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        Properties fr = bundle("fr");
        Properties en = bundle("en");
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String key : fr.stringPropertyNames()) {
            assertFalse(fr.getProperty(key).isBlank(), key);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PortfolioPartsTest.class.getClassLoader().getResourceAsStream(PortfolioMessages.bundle(language))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
