package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.site.ComparisonViews.Bar;
import dev.vitrine.site.ComparisonViews.BarChart;
import dev.vitrine.site.ComparisonViews.Column;
import dev.vitrine.site.ComparisonViews.ScoreCell;
import dev.vitrine.site.ComparisonViews.ScoreRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonChartTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("Martin", true, null, "", "", "#111111"),
            new Column("Dupont", false, null, "", "", "#222222"));

    private static ScoreRow row(String label, Double self, Double other) {
        return new ScoreRow(label, label, false, List.of(new ScoreCell(self, "", false, true),
                new ScoreCell(other, "", false, false)));
    }

    @Test
    void drawsOneBarPerScoredCompanyAsHighAsItsScore() {
        BarChart chart = ComparisonViews.chart(List.of(row("Global", 50.0, 100.0), row("Cloud", null, 25.0)), COLUMNS);

        assertEquals(2, chart.groups().size());
        List<Bar> first = chart.groups().get(0).bars();
        assertEquals(2, first.size());
        assertEquals(ComparisonViews.PLOT_HEIGHT / 2, first.get(0).height());
        assertEquals(ComparisonViews.PLOT_HEIGHT, first.get(1).height());
        assertEquals(ComparisonViews.PLOT_TOP, first.get(1).y(), "a full score reaches the top of the plot");
        assertEquals("#111111", first.get(0).color());
        assertEquals(1, chart.groups().get(1).bars().size(), "no bar where the score is not applicable");
        assertEquals("#222222", chart.groups().get(1).bars().get(0).color());
    }

    @Test
    void placesTheGroupsSideBySideInsideTheViewBox() {
        BarChart chart = ComparisonViews.chart(List.of(row("A", 10.0, 20.0), row("B", 30.0, 40.0)), COLUMNS);

        Bar lastBar = chart.groups().get(1).bars().get(1);
        assertTrue(chart.groups().get(1).bars().get(0).x() > chart.groups().get(0).bars().get(1).x());
        assertTrue(lastBar.x() + lastBar.width() <= chart.plotRight());
        assertTrue(chart.plotRight() <= chart.width());
        assertEquals(List.of("0", "25", "50", "75", "100"), chart.grid().stream().map(ComparisonViews.GridLine::label).toList());
    }
}
