package dev.vitrine.cli;

import java.text.Normalizer;
import java.util.Locale;

/** Small points of French grammar for the terminal summary. */
final class French {

    private French() {}

    /**
     * "de" before a name, elided before a vowel sound: "d'Atelier Lumière", "de Boulangerie
     * Martin". A leading h is left alone (aspirated or not is a dictionary matter).
     */
    static String of(String name) {
        if (name == null || name.isEmpty()) {
            return "de " + name;
        }
        String first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).substring(0, 1)
                .toLowerCase(Locale.ROOT);
        return ("aeiouy".contains(first) ? "d’" : "de ") + name;
    }
}
