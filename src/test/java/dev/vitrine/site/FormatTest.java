package dev.vitrine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatTest {

    private static final Map<String, String> FR = Map.of("format.bytes", "{0} o", "format.kilobytes", "{0} Ko",
            "format.megabytes", "{0} Mo", "format.gigabytes", "{0} Go", "format.milliseconds", "{0} ms",
            "format.seconds", "{0} s", "format.minutes", "{0} min", "format.dateTime", "{0} à {1} UTC");
    private static final Map<String, String> EN = Map.of("format.bytes", "{0} B", "format.kilobytes", "{0} KB",
            "format.megabytes", "{0} MB", "format.gigabytes", "{0} GB", "format.milliseconds", "{0} ms",
            "format.seconds", "{0} s", "format.minutes", "{0} min", "format.dateTime", "{0} at {1} UTC");
    private static final Instant RUN = Instant.parse("2026-11-23T10:15:00Z");

    private final Format fr = new Format(new Messages("fr", FR));
    private final Format en = new Format(new Messages("en", EN));

    @Test
    void frenchNumbersDatesSizesAndTimes() {
        assertEquals("1\u202f234", fr.integer(1234), "narrow no-break space between thousands");
        assertEquals("62,5\u00a0%", fr.percent(0.625));
        assertEquals("100\u00a0%", fr.percent(1.0));
        assertEquals("3,1", fr.decimal(3.14159, 1));
        assertEquals("62", fr.score(62.4));
        assertEquals("—", fr.score(null));
        assertEquals("23 novembre 2026", fr.date(RUN));
        assertEquals("23 novembre 2026 à 10:15 UTC", fr.dateTime(RUN));
        assertEquals("512 o", fr.size(512));
        assertEquals("23 Ko", fr.size(23_456));
        assertEquals("6,6 Ko", fr.size(6_632));
        assertEquals("1,5 Mo", fr.size(1_500_000));
        assertEquals("120 ms", fr.time(120));
        assertEquals("1,2 s", fr.time(1_234));
        assertEquals("2,5 min", fr.time(150_000));
    }

    @Test
    void englishNumbersDatesSizesAndTimes() {
        assertEquals("1,234", en.integer(1234));
        assertEquals("62.5%", en.percent(0.625));
        assertEquals("November 23, 2026", en.date(RUN));
        assertEquals("November 23, 2026 at 10:15 AM UTC", en.dateTime(RUN));
        assertEquals("23 KB", en.size(23_456));
        assertEquals("1.5 MB", en.size(1_500_000));
        assertEquals("120 ms", en.time(120));
        assertEquals("1.2 s", en.time(1_234));
    }
}
