package dev.vitrine.model;

/** A text in the two report languages. */
public record LocalizedText(String fr, String en) {

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    /** The text in {@code language} ("fr" or "en"); French when unknown. */
    public String in(String language) {
        return "en".equals(language) ? en : fr;
    }
}
