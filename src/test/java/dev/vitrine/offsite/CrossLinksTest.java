package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.model.Comparison.CrossLink;
import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossLinksTest {

    @TempDir
    Path dir;

    /** One pages.jsonl line: a page and its links, each {href, text, internal}. */
    private static String page(String url, String... linkTriples) {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < linkTriples.length; i += 3) {
            links.append(links.length() == 0 ? "" : ",").append("{\"href\":\"").append(linkTriples[i])
                    .append("\",\"text\":\"").append(linkTriples[i + 1]).append("\",\"internal\":")
                    .append(linkTriples[i + 2]).append('}');
        }
        return "{\"url\":\"" + url + "\",\"status\":200,\"depth\":0,\"links\":[" + links + "]}";
    }

    private Path pages(String name, String... lines) throws IOException {
        Path file = dir.resolve(name + ".jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void recordsLinksFromOneAuditedSiteToAnother() throws IOException {
        Path martin = pages("martin", page("https://www.martin.fr/",
                "https://www.martin.fr/contact/", "Contact", "true",
                "https://www.facebook.com/martin", "Facebook", "false"));
        Path dupont = pages("dupont", page("https://dupont.fr/partenaires/",
                "https://shop.martin.fr/pain", "nos confrères", "false",
                "https://www.dupont.fr/", "Accueil", "false",
                "https://elsewhere.example/", "ailleurs", "false"));

        List<CrossLink> links = CrossLinks.between(List.of(
                new CrossLinks.Site("Martin", List.of("https://www.martin.fr/"), martin),
                new CrossLinks.Site("Dupont", List.of("https://dupont.fr/", "https://www.dupont.fr/"), dupont)));

        assertEquals(List.of(new CrossLink("Dupont", "Martin", "https://dupont.fr/partenaires/", "https://shop.martin.fr/pain",
                "nos confrères")), links, "a link to the company's registrable domain; its own domain and others are not");
    }

    @Test
    void tellsTwoLocalSitesApartByTheirPort() throws IOException {
        Path a = pages("a", page("http://127.0.0.1:8001/", "http://127.0.0.1:8002/", "B", "false"));

        List<CrossLink> links = CrossLinks.between(List.of(
                new CrossLinks.Site("A", List.of("http://127.0.0.1:8001/"), a),
                new CrossLinks.Site("B", List.of("http://127.0.0.1:8002/"), null)));

        assertEquals(1, links.size());
        assertEquals("B", links.get(0).to());
    }

    @Test
    void keepsAtMostFiftyLinksPerPairAndEachSourceAndTargetOnce() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            lines.add(page("https://dupont.fr/p" + i, "https://martin.fr/", "Martin", "false",
                    "https://martin.fr/", "Martin encore", "false"));
        }
        Path dupont = pages("dupont", lines.toArray(String[]::new));

        List<CrossLink> links = CrossLinks.between(List.of(
                new CrossLinks.Site("Martin", List.of("https://martin.fr/"), null),
                new CrossLinks.Site("Dupont", List.of("https://dupont.fr/"), dupont)));

        assertEquals(CrossLinks.MAX_PER_PAIR, links.size());
        assertEquals("https://dupont.fr/p0", links.get(0).sourceUrl());
        assertEquals("https://dupont.fr/p1", links.get(1).sourceUrl(), "the same link twice on one page counts once");
    }

    @Test
    void namesTheFileItCannotRead() throws IOException {
        Path broken = pages("broken", "{not json");

        VitrineException e = assertThrows(VitrineException.class, () -> CrossLinks.between(List.of(
                new CrossLinks.Site("Martin", List.of("https://martin.fr/"), broken))));
        assertEquals(true, e.getMessage().contains(broken.toString()), e.getMessage());
    }
}
