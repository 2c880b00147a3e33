package dev.vitrine.crawl;

import com.fasterxml.jackson.core.JsonParser;
import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.vitrine.model.CrawlSummary.BrokenLink;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal URLs that failed (4xx, 5xx, no response) and every page that refers to them.
 * crawler4j remembers only the first page that led to a URL, so the failures noted during
 * the crawl are matched against pages.jsonl afterwards, in one streaming pass.
 */
final class BrokenLinks {

    static final int MAX_REFERRERS_KEPT = 50;
    private static final int MAX_CACHED = 200_000;

    private record Failure(String url, int status, String error) {}

    private static final class Referrers {
        final List<String> kept = new ArrayList<>();
        int count;
    }

    private final BasicURLNormalizer normalizer;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    BrokenLinks(BasicURLNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Notes a fetched URL's outcome; only failures are kept. */
    void note(PageFacts facts) {
        if (facts.status() >= 400 || facts.status() == 0) {
            String key = normalize(facts.url());
            if (key != null) {
                failures.putIfAbsent(key, new Failure(facts.url(), facts.status(), facts.error()));
            }
        }
    }

    /** The failures with the pages linking to them, most linked first. */
    List<BrokenLink> resolve(Path pagesJsonl) {
        if (failures.isEmpty()) {
            return List.of();
        }
        Map<String, Referrers> referrers = new LinkedHashMap<>();
        // Pages repeat the same references (navigation): normalise each distinct string once.
        Map<String, String> normalized = new HashMap<>();
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(pagesJsonl.toFile())) {
            PageReferences page;
            while ((page = PageReferences.next(parser)) != null) {
                Set<String> targetsOfThisPage = new HashSet<>();
                for (String raw : page.urls()) {
                    if (normalized.size() > MAX_CACHED) {
                        normalized.clear();
                    }
                    String key = normalized.computeIfAbsent(raw, r -> {
                        String n = normalize(r);
                        return n == null ? "" : n;
                    });
                    if (failures.containsKey(key) && targetsOfThisPage.add(key)) {
                        Referrers r = referrers.computeIfAbsent(key, k -> new Referrers());
                        r.count++;
                        if (r.kept.size() < MAX_REFERRERS_KEPT) {
                            r.kept.add(page.url());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pagesJsonl + ": " + e.getMessage(), e);
        }
        List<BrokenLink> broken = new ArrayList<>();
        failures.forEach((key, failure) -> {
            Referrers r = referrers.getOrDefault(key, new Referrers());
            broken.add(new BrokenLink(failure.url(), failure.status(), failure.error(), List.copyOf(r.kept), r.count));
        });
        broken.sort(Comparator.comparingInt(BrokenLink::linkedFromCount).reversed().thenComparing(BrokenLink::url));
        return List.copyOf(broken);
    }

    private String normalize(String url) {
        try {
            return normalizer.filter(url);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
