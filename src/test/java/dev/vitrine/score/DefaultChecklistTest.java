package dev.vitrine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in checklist, held to the rules every checklist must follow, and to its coverage. */
class DefaultChecklistTest {

    private final Checklist checklist = ChecklistReader.builtIn(); // validates: ids, checks, params, titles

    @Test
    void hasAtLeast55CriteriaOverTheNineElements() {
        assertTrue(checklist.criteria().size() >= 55, "criteria: " + checklist.criteria().size());
        Map<String, Long> perElement = checklist.criteria().stream()
                .collect(Collectors.groupingBy(Checklist.Criterion::element, Collectors.counting()));
        for (String element : Checklist.ELEMENTS) {
            long min = List.of("presence", "marketing", "customer", "security").contains(element) ? 6 : 3;
            assertTrue(perElement.getOrDefault(element, 0L) >= min, element + ": " + perElement.get(element));
        }
        assertEquals(Checklist.ELEMENTS, checklist.elements().stream().map(Checklist.ElementDef::id).toList());
    }

    @Test
    void everyCriterionHasItsRecommendationInBothLanguagesWithTheThreeSections() {
        Recommendations texts = new Recommendations(null);
        for (Checklist.Criterion c : checklist.criteria()) {
            LocalizedText text = texts.of(c.id(), ChecklistReader.DEFAULT);
            assertNotNull(text);
            for (String heading : List.of("### Pourquoi c'est important", "### Comment faire", "### Indicateur à suivre")) {
                assertTrue(text.fr().contains(heading), c.id() + " (fr) lacks " + heading);
            }
            for (String heading : List.of("### Why it matters", "### How to fix it", "### KPI to follow")) {
                assertTrue(text.en().contains(heading), c.id() + " (en) lacks " + heading);
            }
            for (String markdown : List.of(text.fr(), text.en())) {
                // HTML may be shown in code (fenced blocks, `inline`), never written as markup
                String prose = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
                assertTrue(!prose.matches("(?s).*<[a-zA-Z/!].*"), c.id() + ": raw HTML outside code");
            }
        }
    }

    @Test
    void coversTheItemsTheIssueAsksFor() {
        List<String> checks = checklist.criteria().stream().map(Checklist.Criterion::check).distinct().toList();
        for (String needed : List.of("home-https", "home-indexable", "sitemap", "pages-field", "unique-values",
                "pages-length", "pages-headings", "pages-canonical", "pages-images-alt", "broken-links",
                "redirect-chains", "social-profiles", "same-as-consistent", "structured-organization",
                "key-pages-meta", "home-head", "ai-crawlers", "content-freshness", "trackers-need-consent",
                "product-offers", "contact-one-click", "tel-links", "mailto-links", "address-hours", "nap-consistent",
                "pages-https", "http-to-https", "hsts", "header", "pages-mixed-content", "pages-forms-https",
                "text-file", "responsive-styles", "pages-budget", "pages-compressed", "caching", "technology-count",
                "http2", "signals")) {
            assertTrue(checks.contains(needed), "no criterion uses " + needed);
        }
    }

    @Test
    void everyCheckOfTheRegistryIsUsedByTheDefaultChecklist() {
        List<String> used = checklist.criteria().stream().map(Checklist.Criterion::check).distinct().toList();
        List<String> unused = Checks.ids().stream().filter(id -> !used.contains(id)).toList();
        assertEquals(List.of(), unused, "checks no default criterion uses");
    }
}
