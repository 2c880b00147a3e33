package dev.vitrine.extract;

import dev.vitrine.model.FetchedPage;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.SiteScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helpers: a fetched page at https://www.example.fr/, parsed the way the crawler parses it. */
final class Pages {
    static final String HOME = "https://www.example.fr/";
    static final SiteScope SCOPE = SiteScope.of(URI.create(HOME));
    static final PageExtractor EXTRACTOR = new PageExtractor(SCOPE);

    private Pages() {}

    static FetchedPage fetched(String finalUrl, String charset) {
        return new FetchedPage(finalUrl, finalUrl, List.of(), 200, "text/html; charset=utf-8", 1234, 56, 1,
                Map.of("content-type", "text/html; charset=utf-8"), charset);
    }

    static PageFacts extract(String html) {
        return extract(html, HOME);
    }

    static PageFacts extract(String html, String finalUrl) {
        Document doc = Jsoup.parse(html, finalUrl);
        return EXTRACTOR.extract(fetched(finalUrl, null), doc);
    }

    static PageFacts fixture(String name) {
        return extract(read(name));
    }

    static String read(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /extract/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
