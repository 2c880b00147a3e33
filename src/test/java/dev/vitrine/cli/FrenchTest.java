package dev.vitrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchTest {

    @Test
    void elidesDeBeforeAVowelSound() {
        assertEquals("d’Atelier Lumière", French.of("Atelier Lumière"));
        assertEquals("d’Écurie du Lac", French.of("Écurie du Lac"));
        assertEquals("d’Yves Rocher", French.of("Yves Rocher"));
    }

    @Test
    void keepsDeBeforeAConsonantOrAnH() {
        assertEquals("de Boulangerie Martin", French.of("Boulangerie Martin"));
        assertEquals("de Hôtel du Parc", French.of("Hôtel du Parc"));
        assertEquals("de 3 Suisses", French.of("3 Suisses"));
    }
}
