package dev.vitrine.site;

import java.util.List;
import java.util.Map;

/**
 * Every colour the Java side hands to the templates, in one place: verdicts, scores and
 * belts. Scores take the colour of the verdict they are closest to, so a red bar and a red
 * "fail" badge mean the same thing everywhere. The stylesheet uses the same values for its
 * verdict classes (pass, partial, fail, not_applicable).
 */
final class Palette {

    static final String PASS = "#1e7b34";
    static final String PARTIAL = "#b45309";
    static final String FAIL = "#c0262d";
    static final String NOT_APPLICABLE = "#6b7280";

    /** A score at or above this is shown green, at or above {@link #AMBER_FROM} amber, else red. */
    static final int GREEN_FROM = 70;
    static final int AMBER_FROM = 40;

    private static final Map<String, String> BELTS = Map.of(
            "white", "#d9dde3",
            "yellow", "#e8b923",
            "orange", "#e8731c",
            "green", "#2e9e4f",
            "blue", "#2563c9",
            "brown", "#7c4a21",
            "black", "#1b1f24");

    private Palette() {}

    /** The colour of a verdict id: pass, partial, fail, not_applicable. */
    static String verdict(String verdict) {
        if (verdict == null) {
            return NOT_APPLICABLE;
        }
        return switch (verdict) {
            case "pass" -> PASS;
            case "partial" -> PARTIAL;
            case "fail" -> FAIL;
            default -> NOT_APPLICABLE;
        };
    }

    /** The colour of a score from 0 to 100; grey when there is none. */
    static String score(Double score) {
        if (score == null) {
            return NOT_APPLICABLE;
        }
        return score >= GREEN_FROM ? PASS : score >= AMBER_FROM ? PARTIAL : FAIL;
    }

    static String score(Integer score) {
        return score(score == null ? null : score.doubleValue());
    }

    /** The colour of a belt id (white … black); grey when unknown or missing. */
    static String belt(String belt) {
        return belt == null ? NOT_APPLICABLE : BELTS.getOrDefault(belt, NOT_APPLICABLE);
    }

    // ---- history chart: the overall score in the text colour, each element in its own hue
    static final String HISTORY_OVERALL = "#18212f";
    private static final List<String> SERIES = List.of("#1f5296", "#c2410c", "#15803d", "#7e22ce", "#b91c1c",
            "#8b5a2b", "#0e7490", "#a16207", "#db2777");

    /** The colour of the {@code index}-th element's line on the history chart. */
    static String series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }
}
