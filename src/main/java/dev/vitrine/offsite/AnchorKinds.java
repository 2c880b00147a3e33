package dev.vitrine.offsite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an anchor text says: the company's name ({@code brand}), an address ({@code url}),
 * nothing ({@code generic}: "cliquez ici", "read more", empty) or descriptive words
 * ({@code exact}). Compared without case or accents. Pure once built.
 */
final class AnchorKinds {

    static final String BRAND = "brand";
    static final String EXACT = "exact";
    static final String GENERIC = "generic";
    static final String URL = "url";
    static final List<String> ALL = List.of(BRAND, EXACT, GENERIC, URL);

    static final String GENERIC_RESOURCE = "/generic-anchors.txt";

    private static final Pattern LOOKS_LIKE_URL = Pattern.compile(
            "^(https?://|www\\.)\\S*$|^[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,}(/\\S*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAME_FILLERS = Set.of(
            "sarl", "sas", "sasu", "eurl", "sa", "sci", "scop", "et", "and", "de", "du", "des", "la", "le", "les",
            "l", "d", "the", "cie", "co", "inc", "ltd");

    private static volatile Set<String> builtInGeneric;

    private final Set<String> generic;
    private final String name;
    private final List<String> nameWords;
    private final String domainLabel;

    /**
     * @param company the company's name (may be null)
     * @param domain  its registrable domain ({@code boulangerie-martin.fr}; may be null)
     */
    AnchorKinds(String company, String domain, Set<String> generic) {
        this.generic = generic;
        this.name = fold(company);
        this.nameWords = Arrays.stream(name.split(" "))
                .filter(w -> w.length() >= 2 && !NAME_FILLERS.contains(w)).toList();
        String label = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
        int dot = label.indexOf('.');
        this.domainLabel = fold(dot > 0 ? label.substring(0, dot) : label).replace(" ", "");
    }

    static AnchorKinds of(String company, String domain) {
        return new AnchorKinds(company, domain, builtInGeneric());
    }

    String kind(String anchor) {
        String raw = anchor == null ? "" : anchor.strip();
        String folded = fold(raw);
        if (folded.isEmpty()) {
            return GENERIC;
        }
        if (LOOKS_LIKE_URL.matcher(raw).matches()) {
            return URL;
        }
        if (generic.contains(folded)) {
            return GENERIC;
        }
        if (isBrand(folded)) {
            return BRAND;
        }
        return EXACT;
    }

    private boolean isBrand(String folded) {
        String padded = " " + folded + " ";
        if (!name.isEmpty() && padded.contains(" " + name + " ")) {
            return true;
        }
        // every distinctive word of the name, in any order: "Martin, boulangerie"
        if (!nameWords.isEmpty() && nameWords.stream().allMatch(w -> padded.contains(" " + w + " "))) {
            return true;
        }
        return domainLabel.length() >= 3 && folded.replace(" ", "").contains(domainLabel);
    }

    /** Lower case, accents removed, anything but letters and digits turned into single spaces. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static Set<String> builtInGeneric() {
        Set<String> g = builtInGeneric;
        if (g == null) {
            try (InputStream in = AnchorKinds.class.getResourceAsStream(GENERIC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("generic-anchors.txt is missing from the classpath");
                }
                g = new HashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        g.add(fold(line));
                    }
                }
                g = Set.copyOf(g);
            } catch (IOException e) {
                throw new IllegalStateException("generic-anchors.txt could not be read: " + e.getMessage(), e);
            }
            builtInGeneric = g;
        }
        return g;
    }
}
