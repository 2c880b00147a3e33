package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorKindsTest {

    private final AnchorKinds kinds = AnchorKinds.of("Boulangerie Martin", "boulangerie-martin.fr");

    @ParameterizedTest(name = "\"{1}\" is {0}")
    @CsvSource(delimiter = '|', value = {
            "brand   | Boulangerie Martin",
            "brand   | BOULANGERIE MARTIN à Lyon",
            "brand   | Martin, boulangerie",
            "brand   | La boulangerie-martin",
            "url     | www.boulangerie-martin.fr",
            "url     | https://www.boulangerie-martin.fr/pains",
            "url     | boulangerie-martin.fr",
            "generic | cliquez ici",
            "generic | Cliquez ICI !",
            "generic | En savoir plus",
            "generic | read more",
            "generic | site web",
            "generic | ''",
            "exact   | pain au levain naturel",
            "exact   | meilleure boulangerie de Lyon",
            "exact   | Dupont traiteur",
    })
    void judgesAnchorTexts(String kind, String anchor) {
        assertEquals(kind, kinds.kind(anchor));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Crêperie Élodie | brand | crêperie élodie",
            "Crêperie Élodie | brand | CREPERIE ELODIE",
            "Crêperie Élodie | exact | galettes bretonnes",
    })
    void comparesWithoutAccentsOrCase(String company, String kind, String anchor) {
        assertEquals(kind, AnchorKinds.of(company, "creperie-elodie.fr").kind(anchor));
    }

    @org.junit.jupiter.api.Test
    void treatsAnEmptyOrMissingAnchorAsGeneric() {
        assertEquals("generic", kinds.kind(null));
        assertEquals("generic", kinds.kind("   "));
    }
}
