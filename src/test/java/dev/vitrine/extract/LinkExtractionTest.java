package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.Link;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinkExtractionTest {

    private static Link only(String html) {
        List<Link> links = Pages.extract(html).links();
        assertEquals(1, links.size(), () -> "links: " + links);
        return links.get(0);
    }

    @Test
    void treatsWwwAndBareDomainOverHttpAndHttpsAsInternal() {
        assertTrue(only("<a href='/contact'>c</a>").internal());
        assertTrue(only("<a href='http://example.fr/patisseries'>p</a>").internal());
        assertTrue(only("<a href='https://WWW.EXAMPLE.FR/x'>x</a>").internal());
        assertTrue(only("<a href='//example.fr/x'>x</a>").internal());
        assertFalse(only("<a href='https://shop.example.fr/'>s</a>").internal());
        assertFalse(only("<a href='https://www.example.com/'>s</a>").internal());
        assertFalse(only("<a href='https://www.example.fr:8443/'>s</a>").internal());
    }

    @Test
    void resolvesHrefsAndDropsTheirFragment() {
        Link link = only("<a href='contact#formulaire' rel='NoFollow  Sponsored'>Contact</a>");

        assertEquals(new Link("https://www.example.fr/contact", "Contact", "nofollow sponsored", true), link);
    }

    @Test
    void keepsAJavascriptLinkAsWrittenButNeverInternal() {
        Link link = only("<a href='javascript:alert(1)'>Ouvrir</a>");

        assertEquals("javascript:alert(1)", link.href());
        assertFalse(link.internal());
    }

    @Test
    void skipsSamePageFragmentLinks() {
        PageFacts facts = Pages.extract("<a href='#top'>haut</a><a href='#'>vide</a>"
                + "<a href='https://www.example.fr/page#section'>section</a><a href='/autre#section'>autre</a>",
                "https://www.example.fr/page");

        assertEquals(List.of("https://www.example.fr/autre"),
                facts.links().stream().map(Link::href).collect(Collectors.toList()));
    }

    @Test
    void keepsTheSameLinkTwice() {
        PageFacts facts = Pages.fixture("home.html");

        long legal = facts.links().stream().filter(l -> l.href().equals("https://www.example.fr/mentions-legales")).count();
        assertEquals(2, legal);
    }

    @Test
    void namesALinkByItsTextThenImageAltThenAriaLabelThenTitle() {
        PageFacts facts = Pages.extract("<a href='/a'> Nos <b>pains</b> </a><a href='/b'><img src=x alt='Logo'></a>"
                + "<a href='/c' aria-label='Facebook'><i></i></a><a href='/d' title='Instagram'></a><a href='/e'></a>");

        assertEquals(List.of("Nos pains", "Logo", "Facebook", "Instagram", ""),
                facts.links().stream().map(Link::text).collect(Collectors.toList()));
    }

    @Test
    void leavesRelNullWhenAbsent() {
        assertEquals(null, only("<a href='/x'>x</a>").rel());
        assertEquals(null, only("<a href='/x' rel=' '>x</a>").rel());
    }

    @Test
    void includesAreaLinks() {
        Link link = only("<map><area href='/plan' alt='Plan d’accès'></map>");

        assertEquals(new Link("https://www.example.fr/plan", "Plan d’accès", null, true), link);
    }

    @Test
    void collectsPhoneNumbersAsWrittenWithoutDuplicates() {
        PageFacts facts = Pages.extract("<a href='tel:+33478000000'>a</a><a href='TEL: +33 4 78 00 00 00 '>b</a>"
                + "<a href='tel:04%2078%2000%2000%2001'>c</a><a href='tel:+33478000000'>d</a><a href='tel:'>e</a>");

        assertEquals(List.of("+33478000000", "+33 4 78 00 00 00", "04 78 00 00 01"), facts.tel());
        assertEquals(List.of(), facts.links());
    }

    @Test
    void collectsEmailAddressesWithoutTheirQuery() {
        PageFacts facts = Pages.extract("<a href='mailto:Contact@Example.fr?subject=Devis%20cuisine'>a</a>"
                + "<a href='MAILTO:contact@example.fr'>b</a><a href='mailto:jean.dupont%40example.fr,compta@example.fr'>c</a>"
                + "<a href='mailto:?subject=partage'>d</a>");

        assertEquals(List.of("contact@example.fr", "jean.dupont@example.fr", "compta@example.fr"), facts.mailto());
        assertEquals(List.of(), facts.links());
    }

    @Test
    void readsTheLinksOfARealisticPage() {
        PageFacts facts = Pages.fixture("home.html");

        assertEquals(List.of("+33478000000", "04 78 00 00 01"), facts.tel());
        assertEquals(List.of("contact@example.fr"), facts.mailto());
        Link directory = facts.links().stream().filter(l -> l.text().equals("Annuaire")).findFirst().orElseThrow();
        assertEquals(new Link("https://partenaire.example.org/annuaire/boulangeries", "Annuaire", "nofollow external",
                false), directory);
        assertTrue(facts.links().stream().noneMatch(l -> l.href().contains("#")));
    }
}
