package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.site.ReportModel.Axis;
import dev.vitrine.site.ReportModel.Gauge;
import dev.vitrine.site.ReportModel.Radar;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void gaugeFillsItsShareOfTheCircle() {
        Gauge half = Charts.gauge(50, "50", "#123456");
        assertEquals(326.7, half.circumference(), "2π × 52");
        assertEquals(163.4, half.dash());
        assertEquals("50", half.text());
        assertEquals("#123456", half.color());
        assertEquals(326.7, Charts.gauge(100, "100", "c").dash());
        assertEquals(326.7, Charts.gauge(140, "140", "c").dash(), "clamped");
        assertEquals(0.0, Charts.gauge(null, "—", "c").dash());
        assertEquals(0.0, Charts.gauge(0, "0", "c").dash());
    }

    @Test
    void radarPointsGoClockwiseFromTheTop() {
        Radar radar = Charts.radar(List.of(new Charts.Spoke("A", 100, "100"), new Charts.Spoke("B", 100, "100"),
                new Charts.Spoke("C", 50, "50"), new Charts.Spoke("D", null, "—")));
        assertEquals("150,70 230,150 150,190 150,150", radar.polygon(), "radius 80 around 150,150; none = centre");
        assertEquals(4, radar.rings().size());
        assertEquals("150,130 170,150 150,170 130,150", radar.rings().get(0));
        assertEquals("150,70 230,150 150,230 70,150", radar.rings().get(3));

        List<Axis> axes = radar.axes();
        assertEquals(new Axis(150, 70, 150, 54, "middle", "A", "100"), axes.get(0));
        assertEquals(new Axis(230, 150, 244, 154, "start", "B", "100"), axes.get(1));
        assertEquals(new Axis(150, 230, 150, 254, "middle", "C", "50"), axes.get(2));
        assertEquals(new Axis(70, 150, 56, 154, "end", "D", "—"), axes.get(3));
    }

    @Test
    void nineElementsMakeANineSidedRadar() {
        List<Charts.Spoke> spokes = java.util.stream.IntStream.range(0, 9)
                .mapToObj(i -> new Charts.Spoke("e" + i, 100, "100")).toList();
        Radar radar = Charts.radar(spokes);
        assertEquals(9, radar.polygon().split(" ").length);
        assertEquals(9, radar.axes().size());
        for (Axis a : radar.axes()) {
            double r = Math.hypot(a.x2() - 150, a.y2() - 150);
            assertEquals(80, r, 0.15, "every axis ends on the outer ring");
            org.junit.jupiter.api.Assertions.assertTrue(a.labelX() >= 0 && a.labelX() <= 300, "inside the viewBox");
            org.junit.jupiter.api.Assertions.assertTrue(a.labelY() >= 0 && a.labelY() <= 300, "inside the viewBox");
        }
        assertThrows(IllegalArgumentException.class, () -> Charts.radar(spokes.subList(0, 2)));
    }

    @Test
    void funnelBandsNarrowEvenly() {
        assertEquals(List.of(100, 85, 70, 55), Charts.funnelWidths(4));
        assertEquals(List.of(100), Charts.funnelWidths(1));
    }

    @Test
    void coordinatesUseADotAndOneDecimal() {
        assertEquals("150", Charts.number(150.0));
        assertEquals("62.4", Charts.number(62.43));
        assertEquals("0", Charts.number(-0.01));
    }

    @Test
    void coloursFollowVerdictsScoresAndBelts() {
        assertEquals(Palette.PASS, Palette.verdict("pass"));
        assertEquals(Palette.PARTIAL, Palette.verdict("partial"));
        assertEquals(Palette.FAIL, Palette.verdict("fail"));
        assertEquals(Palette.NOT_APPLICABLE, Palette.verdict("not_applicable"));
        assertEquals(Palette.PASS, Palette.score(70.0));
        assertEquals(Palette.PARTIAL, Palette.score(69.9));
        assertEquals(Palette.PARTIAL, Palette.score(40.0));
        assertEquals(Palette.FAIL, Palette.score(39.9));
        assertEquals(Palette.NOT_APPLICABLE, Palette.score((Double) null));
        assertEquals(Palette.NOT_APPLICABLE, Palette.belt("purple"));
        for (String belt : List.of("white", "yellow", "orange", "green", "blue", "brown", "black")) {
            org.junit.jupiter.api.Assertions.assertTrue(Palette.belt(belt).matches("#[0-9a-f]{6}"), belt);
        }
    }
}
