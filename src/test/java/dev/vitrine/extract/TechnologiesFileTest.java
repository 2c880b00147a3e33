package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled technologies.yaml, and how the loader refuses a broken file. */
class TechnologiesFileTest {

    static final List<String> CATEGORIES = List.of("analytics", "tag-manager", "advertising", "consent", "crm",
            "marketing-automation", "newsletter", "chat", "ecommerce", "payment", "booking", "cms", "cdn", "hosting",
            "reviews", "video", "fonts", "maps", "forms", "other");

    /** Every product the checklist relies on, by family. */
    static final List<String> REQUIRED = List.of(
            // analytics
            "google-analytics-4", "google-universal-analytics", "matomo", "plausible", "piwik-pro", "piano-analytics",
            "hotjar", "microsoft-clarity",
            // tag managers
            "google-tag-manager", "tealium", "commanders-act",
            // advertising
            "meta-pixel", "google-ads", "linkedin-insight", "tiktok-pixel", "pinterest-tag",
            // consent
            "axeptio", "didomi", "cookiebot", "onetrust", "tarteaucitron", "complianz", "cookieyes",
            // CRM, automation, newsletter
            "hubspot", "salesforce", "salesforce-pardot", "zoho", "brevo", "mailchimp", "activecampaign", "plezi",
            "klaviyo",
            // chat
            "crisp", "intercom", "zendesk", "tawk-to", "drift", "livechat", "whatsapp",
            // e-commerce
            "shopify", "woocommerce", "prestashop", "magento",
            // payment
            "stripe", "paypal", "lyra", "alma",
            // booking
            "calendly", "doctolib", "planity", "zenchef", "thefork", "simplybook",
            // CMS
            "wordpress", "wix", "squarespace", "webflow", "drupal", "joomla", "jimdo",
            // CDN and hosting
            "cloudflare", "amazon-cloudfront", "fastly", "akamai", "netlify", "vercel", "github-pages", "ovhcloud",
            // reviews
            "trustpilot", "avis-verifies", "guest-suite",
            // the common extras
            "youtube", "vimeo", "google-maps", "google-fonts", "typeform", "tally", "jotform", "recaptcha",
            "facebook-sdk", "sentry", "jquery");

    private static final Technologies BUILT_IN = Technologies.builtIn();

    @Test
    void bundlesAtLeastSeventyFingerprints() {
        assertTrue(BUILT_IN.fingerprints().size() >= 70, "only " + BUILT_IN.fingerprints().size());
    }

    @Test
    void hasEveryRequiredProduct() {
        Set<String> ids = new HashSet<>(ids());
        List<String> missing = REQUIRED.stream().filter(id -> !ids.contains(id)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void hasUniqueIds() {
        assertEquals(ids().size(), new HashSet<>(ids()).size());
    }

    @Test
    void declaresTheKnownCategoriesAndUsesOnlyThem() {
        assertEquals(CATEGORIES, BUILT_IN.categories());
        for (Fingerprint f : BUILT_IN.fingerprints()) {
            assertTrue(CATEGORIES.contains(f.category()), f.id() + ": " + f.category());
            assertFalse(f.name().isBlank(), f.id());
        }
    }

    @Test
    void putsWhatsAppInChatAndTheCmsInCms() {
        assertEquals("chat", fingerprint("whatsapp").category());
        for (String cms : List.of("wordpress", "wix", "squarespace", "webflow", "drupal", "joomla", "jimdo")) {
            assertEquals("cms", fingerprint(cms).category(), cms);
        }
    }

    /** The speed guard of the file's header: URL and code rules are filed by a literal of 4+ characters. */
    @Test
    void givesEveryUrlAndCodeRuleALiteralToBeIndexedBy() {
        for (Fingerprint f : BUILT_IN.fingerprints()) {
            for (List<Rule> rules : List.of(f.scripts(), f.inline(), f.links())) {
                for (Rule rule : rules) {
                    assertTrue(rule.needle() != null && rule.needle().length() >= 4,
                            f.id() + ": " + rule.source() + " has no literal of 4+ characters");
                }
            }
        }
    }

    @Test
    void loadsTheBundledFileOnceForEveryExtractor() {
        assertTrue(TechnologyDetector.builtIn() == TechnologyDetector.builtIn());
    }

    static Stream<Arguments> brokenFiles() {
        String head = "categories: [analytics, cms]\ntechnologies:\n";
        return Stream.of(
                Arguments.of(head + "  - {id: ga, name: GA, category: analytics, scripts: ['gtag(']}\n",
                        List.of("test.yaml", "technology 'ga'", "scripts[0]", "invalid regex")),
                Arguments.of(head + "  - {id: ga, name: GA, category: analytics, inline: ['ok', '[a-']}\n",
                        List.of("technology 'ga'", "inline[1]", "invalid regex")),
                Arguments.of(head + "  - {id: s, name: S, category: cdn, headers: {server: 'x'}}\n",
                        List.of("technology 's'", "category 'cdn'")),
                Arguments.of(head + "  - {id: s, name: S, category: cms, headers: {server: '(x'}}\n",
                        List.of("technology 's'", "headers.server", "invalid regex")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, generator: ['^A']}\n"
                        + "  - {id: a, name: B, category: cms, generator: ['^B']}\n",
                        List.of("technology 'a' is defined twice")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, script: ['a\\.js']}\n",
                        List.of("technology 'a'", "unknown key 'script'")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, markers: ['div .widget']}\n",
                        List.of("technology 'a'", "markers[0]", "combinator")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, markers: ['div:has(p)']}\n",
                        List.of("markers[0]", "pseudo-classes")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, markers: ['div.a, div.b']}\n",
                        List.of("markers[0]", "comma")),
                Arguments.of(head + "  - {id: a, name: A, category: cms}\n",
                        List.of("technology 'a'", "no rule")),
                Arguments.of(head + "  - {id: Big Tool, name: A, category: cms, generator: ['x']}\n",
                        List.of("technologies[0]", "id 'Big Tool'")),
                Arguments.of(head + "  - {name: A, category: cms, generator: ['x']}\n",
                        List.of("technologies[0]", "'id' is missing")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, generator: '^A'}\n",
                        List.of("technology 'a'", "generator", "expected a list")),
                Arguments.of(head + "  - {id: a, name: A, category: cms, generator: ['']}\n",
                        List.of("generator[0]", "empty value")),
                Arguments.of("categories: [cms]\ntechnologies: {}\n", List.of("technologies must be a list")),
                Arguments.of("categories: [cms, cms]\ntechnologies: []\n", List.of("categories")),
                Arguments.of("categories: [cms]\ncategories: [cdn]\ntechnologies: []\n", List.of("not valid YAML")),
                Arguments.of("categories: [cms]\ntechnologies: []\nversion: 2\n", List.of("unknown key 'version'")),
                Arguments.of("- just\n- a list\n", List.of("expected the keys")));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void refusesABrokenFileNamingTheTechnologyAndField(String yaml, List<String> expectedInMessage) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Technologies.parse(yaml, "test.yaml"));
        for (String expected : expectedInMessage) {
            assertTrue(e.getMessage().contains(expected), "'" + expected + "' not in: " + e.getMessage());
        }
    }

    @Test
    void readsAMinimalValidFile() {
        Technologies t = Technologies.parse("""
                categories: [cdn]
                technologies:
                  - id: cloudflare
                    name: Cloudflare
                    category: cdn
                    headers: {CF-Ray: '', server: '^cloudflare'}
                """, "test.yaml");

        Fingerprint f = t.fingerprints().get(0);
        assertEquals("cloudflare", f.id());
        assertEquals(List.of("cf-ray", "server"), f.headers().stream().map(Fingerprint.HeaderRule::header).toList());
        assertEquals(null, f.headers().get(0).value());
        assertEquals(List.of(), f.scripts());
    }

    private static List<String> ids() {
        return BUILT_IN.fingerprints().stream().map(Fingerprint::id).toList();
    }

    private static Fingerprint fingerprint(String id) {
        return BUILT_IN.fingerprints().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
