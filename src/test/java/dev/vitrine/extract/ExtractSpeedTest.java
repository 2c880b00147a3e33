package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A sanity look at the hot path, not a benchmark: logs the time per page so a regression is
 * visible in the test output. Nothing is asserted on time (machines differ).
 */
class ExtractSpeedTest {

    @Test
    void logsTheTimeToExtractARealisticPage() {
        String html = realisticPage();
        Document doc = Jsoup.parse(html, Pages.HOME);
        FetchedPage fetched = Pages.fetched(Pages.HOME, null);
        PageFacts first = Pages.EXTRACTOR.extract(fetched, doc);
        for (int i = 0; i < 200; i++) {
            Pages.EXTRACTOR.extract(fetched, doc); // warm-up
        }
        int iterations = 1_000;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            Pages.EXTRACTOR.extract(fetched, doc);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / iterations;

        System.out.printf("PageExtractor: %.0f µs per page of %d KB (%d links, %d words), over %d iterations%n",
                micros, html.length() / 1024, first.links().size(), first.wordCount(), iterations);
        assertEquals(first, Pages.EXTRACTOR.extract(fetched, doc));
    }

    @Test
    void logsTheTimeToExtractAPageFullOfTools() {
        String html = Pages.read("wordpress-shop.html");
        Document doc = Jsoup.parse(html, Pages.HOME);
        FetchedPage fetched = Pages.fetched(Pages.HOME, null);
        PageFacts first = Pages.EXTRACTOR.extract(fetched, doc);
        for (int i = 0; i < 200; i++) {
            Pages.EXTRACTOR.extract(fetched, doc); // warm-up
        }
        int iterations = 1_000;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            Pages.EXTRACTOR.extract(fetched, doc);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / iterations;

        System.out.printf("PageExtractor: %.0f µs per page of %d KB with %d technologies, over %d iterations%n",
                micros, html.length() / 1024, first.technologies().size(), iterations);
        assertEquals(first, Pages.EXTRACTOR.extract(fetched, doc));
    }

    /** The home fixture with its main content repeated up to about 25 KB, like a catalogue page. */
    private static String realisticPage() {
        String home = Pages.read("home.html");
        int mainStart = home.indexOf("<main");
        int mainEnd = home.indexOf("</main>") + "</main>".length();
        String main = home.substring(mainStart, mainEnd);
        StringBuilder page = new StringBuilder(home.substring(0, mainEnd));
        while (page.length() < 25 * 1024) {
            page.append(main);
        }
        return page.append(home.substring(mainEnd)).toString();
    }
}
