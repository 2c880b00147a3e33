package dev.vitrine.score;

/**
 * The overall maturity level, from the overall score: white < 30 ≤ yellow < 45 ≤ orange
 * < 60 ≤ green < 70 ≤ blue < 80 ≤ brown < 90 ≤ black (DESIGN.md, Scoring).
 */
public enum Belt {
    WHITE(0), YELLOW(30), ORANGE(45), GREEN(60), BLUE(70), BROWN(80), BLACK(90);

    private final int from;

    Belt(int from) {
        this.from = from;
    }

    /** The belt of a score from 0 to 100. */
    public static Belt of(double score) {
        Belt belt = WHITE;
        for (Belt b : values()) {
            if (score >= b.from) {
                belt = b;
            }
        }
        return belt;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The score from which this belt starts. */
    public int from() {
        return from;
    }
}
