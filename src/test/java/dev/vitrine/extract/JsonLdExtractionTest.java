package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitrine.model.Json;
import dev.vitrine.model.PageFacts;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLdExtractionTest {

    private static List<String> names(PageFacts facts) {
        return facts.jsonLd().stream().map(n -> n.path("name").asText()).collect(Collectors.toList());
    }

    @Test
    void readsBlocksWithCommentsTrailingCommasArraysAndWrappers() {
        PageFacts facts = Pages.fixture("jsonld-tolerant.html");

        assertEquals(List.of("Garage Durand", "Clio", "", "", "CDATA", "Portes ouvertes"), names(facts));
        assertEquals("FAQPage", facts.jsonLd().get(3).path("@type").asText());
    }

    @Test
    void recordsAnInvalidBlockWithoutLosingTheOthers() {
        PageFacts facts = Pages.fixture("jsonld-tolerant.html");

        assertEquals(1, facts.jsonLdErrors().size(), facts.jsonLdErrors()::toString);
        String error = facts.jsonLdErrors().get(0);
        assertTrue(error.startsWith("JSON-LD block 2: Unexpected character"), error);
        assertTrue(error.endsWith("at line 4"), error);
        assertEquals(6, facts.jsonLd().size());
    }

    @Test
    void listsEveryTypeOnceWithoutSchemaOrgPrefix() {
        PageFacts facts = Pages.fixture("jsonld-tolerant.html");

        // "@type": "@id" inside the @context of block 6 is a term definition, not a type.
        assertEquals(List.of("LocalBusiness", "PostalAddress", "Product", "Car", "Offer", "BreadcrumbList", "ListItem",
                "FAQPage", "WebPage", "Event"), facts.jsonLdTypes());
    }

    @Test
    void findsNestedTypesInAGraph() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of("Bakery", "PostalAddress", "OpeningHoursSpecification", "WebSite"), facts.jsonLdTypes());
        assertEquals(1, facts.jsonLd().size());
        assertTrue(facts.jsonLd().get(0).has("@graph"));
        assertEquals(List.of(), facts.jsonLdErrors());
    }

    @Test
    void skipsEmptyAndNullBlocksSilently() {
        PageFacts facts = Pages.extract("<script type='application/ld+json'></script>"
                + "<script type='application/ld+json'> null </script>"
                + "<script type='application/ld+json'>/* nothing yet */</script>"
                + "<script type='application/ld+json'>[null, {\"@type\": \"Thing\"}]</script>");

        assertEquals(List.of("Thing"), facts.jsonLdTypes());
        assertEquals(1, facts.jsonLd().size());
        assertEquals(List.of(), facts.jsonLdErrors());
    }

    @Test
    void reportsAScalarBlockAsAnError() {
        PageFacts facts = Pages.extract("<script type='application/ld+json'>\"just text\"</script>");

        assertEquals(List.of("JSON-LD block 1: expected an object or an array, found string"), facts.jsonLdErrors());
    }

    @Test
    void skipsAnOversizedBlockWithAnError() {
        String big = "{\"@type\": \"Thing\", \"description\": \"" + "x".repeat(300 * 1024) + "\"}";
        PageFacts facts = Pages.extract("<script type='application/ld+json'>" + big + "</script>"
                + "<script type='application/ld+json'>{\"@type\": \"Organization\"}</script>");

        assertEquals(List.of("JSON-LD block 1: skipped, 300 KB is over the 256 KB limit"), facts.jsonLdErrors());
        assertEquals(List.of("Organization"), facts.jsonLdTypes());
    }

    @Test
    void readsAtMostFiftyBlocks() {
        String block = "<script type='application/ld+json'>{\"@type\": \"Thing\"}</script>";
        PageFacts facts = Pages.extract(block.repeat(60));

        assertEquals(50, facts.jsonLd().size());
        assertEquals(List.of("JSON-LD: more than 50 blocks, the rest were skipped"), facts.jsonLdErrors());
    }

    @Test
    void refusesDeeplyNestedJsonWithAnError() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        PageFacts facts = Pages.extract("<script type='application/ld+json'>" + deep + "</script>"
                + "<script type='application/ld+json'>{\"@type\": \"Organization\"}</script>");

        assertEquals(1, facts.jsonLdErrors().size());
        assertTrue(facts.jsonLdErrors().get(0).startsWith("JSON-LD block 1: Document nesting depth"),
                facts.jsonLdErrors()::toString);
        assertEquals(List.of("Organization"), facts.jsonLdTypes());
    }

    @Test
    void limitsNestingToItsOwnDepthWithoutTouchingTheSharedMapper() {
        String deep = "{\"a\":".repeat(Limits.JSON_LD_DEPTH + 1) + "1" + "}".repeat(Limits.JSON_LD_DEPTH + 1);
        String fine = "{\"a\":".repeat(Limits.JSON_LD_DEPTH - 1) + "1" + "}".repeat(Limits.JSON_LD_DEPTH - 1);
        PageFacts facts = Pages.extract("<script type='application/ld+json'>" + deep + "</script>"
                + "<script type='application/ld+json'>" + fine + "</script>");

        assertEquals(1, facts.jsonLdErrors().size(), facts.jsonLdErrors()::toString);
        assertEquals(1, facts.jsonLd().size());
        assertTrue(Json.MAPPER.getFactory().streamReadConstraints().getMaxNestingDepth() > Limits.JSON_LD_DEPTH);
    }

    @Test
    void unwrapsCommentAndCdataWrappers() {
        assertEquals("{}", JsonLdBlocks.unwrap("  <!-- {} -->  ").strip());
        assertEquals("{}", JsonLdBlocks.unwrap("<![CDATA[{}]]>").strip());
        assertEquals("{}", JsonLdBlocks.unwrap("\uFEFF<!--<![CDATA[ {} ]]>-->").strip());
        assertEquals("", JsonLdBlocks.unwrap(" \n ").strip());
        assertEquals("\n{\n}-->", JsonLdBlocks.unwrap("\n{\n}-->"), "a closer without its opener is left alone");
    }

    @Test
    void keepsTheParsedNodesAsJson() {
        JsonNode node = Pages.fixture("jsonld-tolerant.html").jsonLd().get(1);

        assertEquals("12000", node.path("offers").path("price").asText());
    }
}
