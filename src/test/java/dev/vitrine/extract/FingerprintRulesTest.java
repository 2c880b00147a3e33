package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces detection is built of: a regex's required literal, markers, the indexed rule set. */
class FingerprintRulesTest {

    @ParameterizedTest(name = "{0} needs \"{1}\"")
    @CsvSource(delimiterString = "=>", nullValues = "NONE", value = {
            "googletagmanager\\.com/gtag/js\\?id=G-      => googletagmanager.com/gtag/js?id=G-",
            "gtag\\(\\s*.config.\\s*,\\s*.G-             => config",
            "^https?://wa\\.me/\\+?[0-9]                 => ://wa.me/",
            "colou?r-picker                              => r-picker",
            "(www\\.)?calendly\\.com/[a-z]+               => calendly.com/",
            "[abc]defg                                   => defg",
            "ab{2}cdef                                   => cdef",
            "xa+bcd                                      => bcd",
            "abc|defghi                                  => NONE",
            "(?i)abcdefgh                                => NONE",
            "\\x41bcdefgh                                => NONE",
            "\\Qabc\\E                                   => NONE",
            "^ab$                                        => NONE",
            "tc_vars\\s*=                                => tc_vars",
            "(?:sdk|all)\\.jsonp                         => .jsonp"})
    void findsTheLiteralEveryMatchContains(String regex, String expected) {
        assertEquals(expected, Rule.requiredLiteral(regex.strip()));
    }

    @Test
    void neverTurnsDownAnInputTheRegexWouldMatch() {
        // Every built-in rule, on inputs made to match it in odd places and cases.
        List<String> inputs = new ArrayList<>(List.of(
                "https://WWW.GoogleTagManager.com/gtag/js?id=G-ABC123", "gtag( 'config' , 'G-XYZ')", "HTTPS://WA.ME/336",
                "x_paq.push(['a'])", "window.didomiConfig={}", "https://acme.zendesk.com/HC/fr"));
        for (Fingerprint f : Technologies.builtIn().fingerprints()) {
            for (List<Rule> rules : List.of(f.scripts(), f.links(), f.inline(), f.generator(), f.cookies())) {
                for (Rule rule : rules) {
                    if (rule.needle() != null) {
                        inputs.add("pre " + rule.needle() + " post");
                        inputs.add(rule.needle().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        for (Fingerprint f : Technologies.builtIn().fingerprints()) {
            for (List<Rule> rules : List.of(f.scripts(), f.links(), f.inline(), f.generator(), f.cookies())) {
                for (Rule rule : rules) {
                    for (String input : inputs) {
                        boolean regex = rule.pattern().matcher(input).find();
                        boolean found = rule.find(input, input.toLowerCase(Locale.ROOT)) != null;
                        assertEquals(regex, found, f.id() + " " + rule.source() + " on " + input);
                    }
                }
            }
        }
    }

    @Test
    void compilesUrlRulesCaseInsensitive() {
        Rule rule = Rule.compile("cdn\\.shopify\\.com/", true);

        assertEquals("CDN.Shopify.com/", rule.find("https://CDN.Shopify.com/s/x.js", "https://cdn.shopify.com/s/x.js"));
        assertTrue(rule.pattern().flags() == Pattern.CASE_INSENSITIVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "div.trustpilot-widget            | div               | -                    | trustpilot-widget",
            "div#onetrust-consent-sdk         | div               | onetrust-consent-sdk | -",
            "script#Cookiebot.A.B             | script            | Cookiebot            | a",
            "iframe[src*=calendly.com/]       | iframe            | -                    | -",
            "HTML[data-wf-site]               | html              | -                    | -",
            ".Widget                          | -                 | -                    | widget",
            "[data-tf-widget]                 | -                 | -                    | -",
            "stripe-buy-button                | stripe-buy-button | -                    | -"})
    void readsTheTagIdAndClassAMarkerIsFiledBy(String selector, String tag, String id, String cls) {
        Marker marker = Marker.parse(selector.strip());

        assertEquals(tag, marker.tag());
        assertEquals(id, marker.id());
        assertEquals(cls, marker.cls());
    }

    @Test
    void givesEveryBuiltInMarkerATag() {
        for (Fingerprint f : Technologies.builtIn().fingerprints()) {
            for (Marker marker : f.markers()) {
                assertTrue(marker.tag() != null, f.id() + ": " + marker.selector() + " is tested on every element");
            }
        }
    }

    @Test
    void preTestsTheValueOfAnAttributeCondition() {
        Marker marker = Marker.parse("iframe[src*='Calendly.com/']");

        assertEquals("src", marker.attribute());
        assertEquals("calendly.com/", marker.contains());
        assertNull(Marker.parse("iframe[data-tally-src]").attribute());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "div .x        | combinator", "div>p | combinator", "a + b | combinator", "a ~ b | combinator",
            "a, b          | comma", "div:has(p) | pseudo-classes", "*.x | pseudo-classes", "div[x | unclosed",
            "[=x]          | not a valid selector", "div[src*=a]]  | not a valid selector"})
    void refusesSelectorsThatAreNotOneCompoundSelector(String selector, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Marker.parse(selector.strip()));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void matchesANeedleAtEitherEndOfTheInputAndIgnoresShortInputs() {
        TechnologyDetector detector = new TechnologyDetector(Technologies.parse("""
                categories: [other]
                technologies:
                  - {id: a, name: A, category: other, links: ['abcdefgh'], inline: ['Zyxwvu']}
                """, "test.yaml"));
        Document doc = Jsoup.parse("");

        assertEquals(1, links(detector, doc, "abcdefgh").size());
        assertEquals(1, links(detector, doc, "xxxxxxxxxxxxABCDEFGH").size());
        assertEquals(1, links(detector, doc, "abcdefghxxxxxxxxxxxxxxx").size());
        assertEquals(0, links(detector, doc, "abc").size());
        assertEquals(0, links(detector, doc, "").size());
        TechnologyFinds finds = detector.newPage(doc);
        detector.matchInline("x zyxwvu y", finds);
        assertEquals(0, finds.toList().size()); // inline code is case-sensitive
        detector.matchInline("x Zyxwvu y", finds);
        assertEquals("inline Zyxwvu", finds.toList().get(0).evidence());
    }

    @Test
    void testsClassMarkersByEveryClassOfAnElement() {
        TechnologyDetector detector = new TechnologyDetector(Technologies.parse("""
                categories: [other]
                technologies:
                  - {id: a, name: A, category: other, markers: ['.widget-a']}
                  - {id: b, name: B, category: other, markers: ['div.Widget-B']}
                  - {id: c, name: C, category: other, markers: ['#main-c']}
                """, "test.yaml"));
        Document doc = Jsoup.parse("<p class='x  widget-a'>a</p><div class=' y widget-b\tz'>b</div><span id=main-c>c</span>"
                + "<div class='widget-ab'>no</div><span id=main-cd>no</span>");
        TechnologyFinds finds = detector.newPage(doc);
        for (Element el : doc.getAllElements()) {
            finds.element(el);
        }

        assertEquals(List.of("marker .widget-a", "marker div.Widget-B", "marker #main-c"),
                finds.toList().stream().map(t -> t.evidence()).toList());
    }

    private static List<?> links(TechnologyDetector detector, Document doc, String url) {
        TechnologyFinds finds = detector.newPage(doc);
        finds.link(url);
        return finds.toList();
    }
}
