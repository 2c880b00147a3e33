package dev.vitrine.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MediaQueriesTest {

    @Test
    void countsEveryMediaRuleNestedOrNot() {
        assertEquals(3, MediaQueries.count("""
                body { margin: 0 }
                @media (max-width: 600px) { nav { display: none } }
                @supports (display: grid) { @media screen { .grid { display: grid } } }
                @MEDIA print { a::after { content: attr(href) } }
                """));
    }

    @Test
    void ignoresCommentsAndStrings() {
        assertEquals(1, MediaQueries.count("""
                /* @media (max-width: 600px) { old rules } */
                /*! keep: @media print */
                .a::before { content: "@media"; } .b::after { content: '@media \\' @media'; }
                @media(min-width:40em){.c{float:left}}
                """));
    }

    @Test
    void skipsOtherAtRulesThatStartAlike() {
        assertEquals(0, MediaQueries.count("@media-foo x {} @mediaquery {} @import url(a.css) screen; \\@media"));
    }

    @Test
    void survivesMalformedInput() {
        assertEquals(0, MediaQueries.count(null));
        assertEquals(0, MediaQueries.count(""));
        assertEquals(1, MediaQueries.count("@media screen { /* never closed @media"));
        assertEquals(1, MediaQueries.count("a { content: \"unclosed\n} @media print {}"));
        assertEquals(1, MediaQueries.count("@media"));
        assertEquals(0, MediaQueries.count("\"@media"));
    }
}
