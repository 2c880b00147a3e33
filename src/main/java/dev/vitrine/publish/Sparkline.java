package dev.vitrine.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trend of an audit's overall score as a small inline SVG polyline, on a fixed 0..100
 * scale so that a flat line means a stable score, not a zoomed-in wobble. Runs without a
 * score are left out of the line.
 *
 * @param points the polyline's points ("x,y x,y…"), empty when no run has a score
 * @param lastX  where the last point is (a dot marks it)
 * @param lastY  idem
 * @param scores the rounded scores drawn, oldest first (for the accessible label)
 */
record Sparkline(String points, double lastX, double lastY, List<Integer> scores) {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final double PAD = 3;

    static Sparkline of(List<Double> scoresOldestFirst) {
        List<Double> scores = scoresOldestFirst.stream().filter(s -> s != null).toList();
        List<Integer> rounded = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        double x = 0;
        double y = 0;
        for (int i = 0; i < scores.size(); i++) {
            double score = Math.max(0, Math.min(100, scores.get(i)));
            x = scores.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (scores.size() - 1);
            y = PAD + (100 - score) / 100 * (HEIGHT - 2 * PAD);
            if (points.length() > 0) {
                points.append(' ');
            }
            points.append(format(x)).append(',').append(format(y));
            rounded.add((int) Math.round(score));
        }
        return new Sparkline(points.toString(), round(x), round(y), List.copyOf(rounded));
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    /** The scores as the accessible label lists them: "40, 52, 58". */
    public String scoreList() {
        return String.join(", ", scores.stream().map(String::valueOf).toList());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
