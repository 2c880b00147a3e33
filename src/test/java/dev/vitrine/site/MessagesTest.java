package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.AuditDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class MessagesTest {

    @Test
    void parametersGoThroughMessageFormatAndPlainMessagesStayAsWritten() {
        Messages m = new Messages("fr", Map.of("a", "L'accueil", "b", "{0} jours", "c", "Score de {0} : {1}"));
        assertEquals("L'accueil", m.get("a"));
        assertEquals("30 jours", m.get("b", 30));
        assertEquals("Score de Acme : 62", m.get("c", "Acme", "62"));
    }

    @Test
    void aMissingKeyShowsAsThymeleafWouldShowIt() {
        Messages m = new Messages("en", Map.of());
        assertEquals("??nope_en??", m.get("nope"));
        assertNull(m.getOrNull("nope"));
    }

    @Test
    void templatesReadTheSameMessages() {
        Messages m = new Messages("fr", Map.of("hello", "Bonjour {0}", "plain", "Salut"));
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setMessageResolver(m);
        String html = engine.process("<p th:text=\"#{hello('Acme')}\"></p><p th:text=\"#{plain}\"></p><p th:text=\"#{gone}\"></p>",
                new Context(Locale.FRANCE));
        assertEquals("<p>Bonjour Acme</p><p>Salut</p><p>??gone_fr??</p>", html);
    }

    @Test
    void overrideFoldersLayKeysOverTheBuiltInBundle(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        Files.createDirectories(first.resolve("messages"));
        Files.createDirectories(second.resolve("messages"));
        Files.writeString(first.resolve("messages/messages_fr.properties"), "nav.plan=Notre plan\n", StandardCharsets.UTF_8);
        Files.writeString(second.resolve("messages/messages_fr.properties"), "nav.plan=Leur plan\nnav.pages=Les pages\n",
                StandardCharsets.UTF_8);

        Messages m = Messages.load("fr", getClass().getClassLoader(), SiteRenderer.BUILT_IN_ROOT, List.of(first, second));

        assertEquals("Notre plan", m.get("nav.plan"), "the first folder wins");
        assertEquals("Les pages", m.get("nav.pages"));
        assertEquals("Vue d’ensemble", m.get("nav.overview"), "the rest from the built-in bundle, read as UTF-8");
    }

    /** Every key the Java side looks up by name exists in both built-in bundles. */
    @Test
    void theBuiltInBundlesHaveEveryKeyTheRendererUses() throws IOException {
        List<String> keys = new ArrayList<>(List.of("belt.none", "plan.period", "list.and", "pages.depth.orphan",
                "summary.overall", "summary.strengths.one", "summary.strengths.many", "summary.weaknesses.one",
                "summary.weaknesses.many", "summary.even", "summary.priority", "summary.none", "summary.element",
                "social.coverage.none", "format.bytes", "format.kilobytes", "format.megabytes", "format.gigabytes",
                "format.milliseconds", "format.seconds", "format.minutes", "format.dateTime",
                "figure.pagesFetched", "figure.htmlPages", "figure.brokenLinks", "figure.criteria",
                "figure.averageResponse", "figure.averageWeight", "figure.technologies", "figure.socialProfiles",
                "figure.crawlDuration", "fact.contentType", "fact.redirects", "fact.words", "fact.images",
                "fact.imagesWithoutAlt", "fact.internalLinks", "fact.externalLinks", "fact.forms", "fact.phoneLinks",
                "fact.emailLinks", "fact.scripts", "fact.stylesheets", "fact.structuredData", "fact.metaRobots",
                "fact.viewport", "fact.hreflang", "fact.socialLinks", "fact.technologies", "fact.generator",
                "fact.published", "fact.error"));
        Views.NAV.forEach(id -> keys.add("nav." + id));
        List.of("pass", "partial", "fail", "not_applicable").forEach(v -> keys.add("verdict." + v));
        List.of("white", "yellow", "orange", "green", "blue", "brown", "black").forEach(b -> keys.add("belt." + b));
        OverviewViews.RACE.forEach(s -> {
            keys.add("stage." + s);
            keys.add("stage." + s + ".description");
        });
        List.of("low", "medium", "high").forEach(e -> keys.add("effort." + e));
        AuditDefinition.OBJECTIVES.forEach(o -> keys.add("objective." + o));
        SiteFixtures.ELEMENTS.forEach(e -> keys.add("radar." + e));
        SocialViews.MAJOR.forEach(p -> keys.add("platform." + p));
        SocialViews.STATES.forEach(st -> keys.add("social.state." + st));
        List.of("ok", "broken", "unverifiable", "suspect", "none").forEach(st -> keys.add("social.status." + st));
        List.of("yes", "no", "declared").forEach(h -> keys.add("social.onHome." + h));
        BacklinkViews.ANCHOR_KINDS.forEach(k -> keys.add("backlinks.anchor." + k));
        List.of("domains", "links", "follow", "sources", "sources.value", "broken")
                .forEach(f -> keys.add("backlinks.figure." + f));
        List.of("linking", "lost", "blocked", "unreachable").forEach(st -> keys.add("backlinks.status." + st));
        List.of("follow", "nofollow", "sponsored", "ugc").forEach(r -> keys.add("backlinks.rel." + r));
        keys.addAll(List.of("backlinks.origin.source", "backlinks.origin.import"));
        Downloads.FILES.forEach(f -> {
            keys.add("download." + f[1] + ".label");
            keys.add("download." + f[1] + ".description");
        });
        for (String lang : AuditDefinition.LANGUAGES) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/" + SiteRenderer.BUILT_IN_ROOT + Messages.bundle(lang))) {
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), lang + " bundle lacks " + missing);
        }
    }
}
