package dev.vitrine.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the history's inline SVG line chart, so the template only copies numbers
 * into attributes: a {@value #WIDTH}×{@value #HEIGHT} viewBox, scores 0..100 from the plot's
 * bottom ({@value #BOTTOM}) to its top ({@value #TOP}), runs evenly spaced from {@value #LEFT}
 * to {@value #RIGHT}, oldest on the left. A score missing in a run (not applicable) breaks
 * the line there rather than drawing it through a value nobody measured.
 */
final class HistoryChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final double LEFT = 44;
    static final double RIGHT = 620;
    static final double TOP = 14;
    static final double BOTTOM = 222;
    /** Where the run dates are written, below the plot. */
    static final double LABEL_Y = 244;
    /** At most this many dates under the axis: more would overlap. */
    static final int MAX_X_LABELS = 6;
    static final int[] GRID = {0, 25, 50, 75, 100};

    /**
     * The chart: horizontal guides from {@code left} to {@code right} (their labels end just
     * left of the plot), the dates under the axis at {@code labelY}, one line per series.
     */
    record Chart(int width, int height, double left, double right, double labelY, List<GridLine> grid,
                 List<XLabel> xLabels, List<Line> lines) {}

    record GridLine(double y, String label) {}

    /** A date under the axis; {@code anchor} start, middle or end, so the first and last stay inside the chart. */
    record XLabel(double x, String anchor, String text) {}

    /**
     * One series: {@code segments} are the points attributes of its polylines (one per run of
     * consecutive scores), {@code dots} every measured point; {@code main} marks the overall score.
     */
    record Line(String id, String label, String color, boolean main, List<String> segments, List<Dot> dots) {}

    record Dot(double x, double y) {}

    /** A series to draw: its scores 0..100 per run, oldest first, null where not measured. */
    record Series(String id, String label, String color, boolean main, List<Double> scores) {}

    private HistoryChart() {}

    static Chart of(List<String> dates, List<Series> series) {
        int n = dates.size();
        List<GridLine> grid = new ArrayList<>();
        for (int g : GRID) {
            grid.add(new GridLine(y(g), String.valueOf(g)));
        }
        List<XLabel> labels = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_X_LABELS));
        for (int i = 0; i < n; i++) {
            // the newest run is always named; a label too close before it is dropped
            boolean last = i == n - 1;
            if (last || (i % step == 0 && n - 1 - i >= step)) {
                String anchor = n > 1 && i == 0 ? "start" : n > 1 && last ? "end" : "middle";
                labels.add(new XLabel(x(i, n), anchor, dates.get(i)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Series s : series) {
            lines.add(line(s, n));
        }
        return new Chart(WIDTH, HEIGHT, LEFT, RIGHT, LABEL_Y, grid, labels, lines);
    }

    private static Line line(Series s, int n) {
        List<String> segments = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        int pointsInSegment = 0;
        for (int i = 0; i < n; i++) {
            Double score = i < s.scores().size() ? s.scores().get(i) : null;
            if (score == null) {
                pointsInSegment = flush(segments, segment, pointsInSegment);
                continue;
            }
            double x = x(i, n);
            double y = y(Math.max(0, Math.min(100, score)));
            if (segment.length() > 0) {
                segment.append(' ');
            }
            segment.append(Charts.number(x)).append(',').append(Charts.number(y));
            pointsInSegment++;
            dots.add(new Dot(round(x), round(y)));
        }
        flush(segments, segment, pointsInSegment);
        return new Line(s.id(), s.label(), s.color(), s.main(), segments, dots);
    }

    // A lone point needs no line: its dot shows it.
    private static int flush(List<String> segments, StringBuilder segment, int points) {
        if (points > 1) {
            segments.add(segment.toString());
        }
        segment.setLength(0);
        return 0;
    }

    /** The x of run {@code i} of {@code n}; a single run sits in the middle. */
    static double x(int i, int n) {
        return n <= 1 ? round((LEFT + RIGHT) / 2) : round(LEFT + (RIGHT - LEFT) * i / (n - 1));
    }

    static double y(double score) {
        return round(BOTTOM - (BOTTOM - TOP) * score / 100);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
