package dev.vitrine.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import dev.vitrine.model.AuditDefinition.Backlinks.Source;
import dev.vitrine.model.AuditDefinition.Competitor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code vitrine demo} audits: three local sites and an export, tied into one definition. */
class DemoAuditTest {

    @Test
    void declaresThePartnerPagesAsSourcesAndItsHomeWithDepthOne() {
        try (DemoAudit demo = DemoAudit.start()) {
            AuditDefinition definition = demo.definition();
            assertEquals(demo.company().url(), definition.website());
            assertEquals("Atelier Lumière", definition.company());
            URI partner = demo.partner().url();
            assertEquals(List.of(
                    Source.of(partner.resolve(DemoAudit.LISTING)),
                    Source.of(partner.resolve(DemoAudit.ARTICLE)),
                    Source.of(partner.resolve(DemoAudit.LOST)),
                    Source.of(partner.resolve(DemoAudit.BLOCKED)),
                    new Source(partner, 1)), definition.backlinks().sources());
            assertEquals("127.0.0.1", partner.getHost(), "nothing leaves the machine");
        }
    }

    @Test
    void declaresTheCompetitorSiteAsItsOneCompetitor() {
        try (DemoAudit demo = DemoAudit.start()) {
            URI competitor = demo.competitor().url();
            assertEquals(List.of(new Competitor("Lumen & Fils", competitor)), demo.definition().competitors());
            assertEquals("127.0.0.1", competitor.getHost(), "nothing leaves the machine");
            assertNotEquals(demo.company().url().getPort(), competitor.getPort());
            assertNotEquals(demo.partner().url().getPort(), competitor.getPort());
        }
    }

    @Test
    void stopsTheCompetitorSiteOnClose() throws Exception {
        URI competitor;
        try (DemoAudit demo = DemoAudit.start()) {
            competitor = demo.competitor().url();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        assertThrows(IOException.class,
                () -> http.send(HttpRequest.newBuilder(competitor).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void writesTheExportWithTheRealOriginInItsFolderAndDeletesItOnClose() throws Exception {
        Path folder;
        try (DemoAudit demo = DemoAudit.start()) {
            folder = demo.folder();
            List<String> imports = demo.definition().backlinks().imports();
            assertEquals(List.of("liens-entrants.csv"), imports, "relative to the demo's audit folder");
            List<String> lines = Files.readAllLines(folder.resolve(imports.get(0)));
            assertEquals("source_url,target_url,anchor", lines.get(0));
            String origin = "http://127.0.0.1:" + demo.company().url().getPort() + "/";
            assertEquals(4, lines.size() - 1);
            assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",")[1].startsWith(origin)), lines.toString());
            assertFalse(String.join("\n", lines).contains("{{"));
        }
        assertFalse(Files.exists(folder), "deleted with the demo");
    }
}
