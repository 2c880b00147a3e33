package dev.vitrine.offsite;

/** Bounds on strings that come from other sites or from imported files. */
final class Bounded {

    private Bounded() {}

    /** {@code value} cut to {@code max} characters (never splitting a surrogate pair); null stays null. */
    static String text(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
