package dev.vitrine.site;

import dev.vitrine.site.ReportModel.Axis;
import dev.vitrine.site.ReportModel.Gauge;
import dev.vitrine.site.ReportModel.Radar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the inline SVG charts, so the templates only copy numbers into attributes.
 *
 * <ul>
 *   <li>Gauge: a circle of radius {@link #GAUGE_RADIUS} (viewBox {@code 0 0 120 120}, centre
 *       60,60) stroked with {@code stroke-dasharray="dash circumference"}.</li>
 *   <li>Radar: a {@value #RADAR_SIZE}×{@value #RADAR_SIZE} viewBox centred at
 *       {@value #RADAR_CENTER},{@value #RADAR_CENTER}, radius {@value #RADAR_RADIUS}; the first
 *       axis points up, the others follow clockwise; labels sit {@value #LABEL_GAP} beyond the
 *       outer ring.</li>
 *   <li>RACE funnel: bands from 100 % wide narrowing evenly to {@value #FUNNEL_NARROWEST} %.</li>
 * </ul>
 */
final class Charts {

    static final double GAUGE_RADIUS = 52;
    static final int RADAR_SIZE = 300;
    static final double RADAR_CENTER = 150;
    static final double RADAR_RADIUS = 80;
    static final double LABEL_GAP = 14;
    static final double[] RINGS = {0.25, 0.5, 0.75, 1.0};
    static final int FUNNEL_NARROWEST = 55;

    /** One spoke of the radar: its label, score (0..100, null when not applicable) and score text. */
    record Spoke(String label, Integer score, String scoreText) {}

    private Charts() {}

    /** The gauge of a score from 0 to 100 (null: an empty ring with the text "—"). */
    static Gauge gauge(Integer score, String text, String color) {
        double circumference = round(2 * Math.PI * GAUGE_RADIUS);
        double share = score == null ? 0 : Math.max(0, Math.min(100, score)) / 100.0;
        return new Gauge(text, circumference, round(circumference * share), color);
    }

    static Radar radar(List<Spoke> spokes) {
        int n = spokes.size();
        if (n < 3) {
            throw new IllegalArgumentException("a radar needs at least 3 axes, got " + n);
        }
        StringBuilder polygon = new StringBuilder();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Spoke s = spokes.get(i);
            double angle = angle(i, n);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double share = s.score() == null ? 0 : Math.max(0, Math.min(100, s.score())) / 100.0;
            point(polygon, RADAR_CENTER + cos * RADAR_RADIUS * share, RADAR_CENTER + sin * RADAR_RADIUS * share);
            double labelRadius = RADAR_RADIUS + LABEL_GAP;
            String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
            // Text hangs from its baseline: labels below the centre move down a little more.
            double dy = sin > 0.3 ? 10 : sin < -0.3 ? -2 : 4;
            axes.add(new Axis(round(RADAR_CENTER + cos * RADAR_RADIUS), round(RADAR_CENTER + sin * RADAR_RADIUS),
                    round(RADAR_CENTER + cos * labelRadius), round(RADAR_CENTER + sin * labelRadius + dy),
                    anchor, s.label(), s.scoreText()));
        }
        List<String> rings = new ArrayList<>();
        for (double ring : RINGS) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double angle = angle(i, n);
                point(points, RADAR_CENTER + Math.cos(angle) * RADAR_RADIUS * ring,
                        RADAR_CENTER + Math.sin(angle) * RADAR_RADIUS * ring);
            }
            rings.add(points.toString());
        }
        return new Radar(polygon.toString(), rings, axes);
    }

    /** Widths in percent of the funnel's bands: 100 for the first, then evenly down to {@value #FUNNEL_NARROWEST}. */
    static List<Integer> funnelWidths(int stages) {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < stages; i++) {
            widths.add(stages == 1 ? 100 : (int) Math.round(100 - (100.0 - FUNNEL_NARROWEST) * i / (stages - 1)));
        }
        return widths;
    }

    // Clockwise from the top: SVG's y axis points down.
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static void point(StringBuilder points, double x, double y) {
        if (points.length() > 0) {
            points.append(' ');
        }
        points.append(number(x)).append(',').append(number(y));
    }

    /** A coordinate as SVG wants it: dot decimal, one digit at most ("150", "62.4"). */
    static String number(double v) {
        double r = round(v);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static double round(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == 0 ? 0 : r; // no "-0"
    }
}
