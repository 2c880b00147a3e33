package dev.vitrine.site;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, dates, sizes and durations written for the report's locale: "1 234", "62,5 %",
 * "23 novembre 2026", "23 Ko", "120 ms" in French; "1,234", "62.5%", "November 23, 2026",
 * "23 KB", "120 ms" in English. Units come from the message bundle. Dates are in UTC, like
 * run ids.
 */
final class Format {

    /** Shown for a missing value (a score that is not applicable). */
    static final String NONE = "—";

    private final Messages messages;
    private final Locale locale;

    Format(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
    }

    /** fr → France, en → United States (month before day), anything else → France. */
    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.US : Locale.FRANCE;
    }

    Locale locale() {
        return locale;
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** {@code value} with at most {@code digits} decimals. */
    String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** A share from 0 to 1 as a percentage with at most one decimal: "62,5 %". */
    String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** A score from 0 to 100, rounded: "62", or "—" when there is none. */
    String score(Double score) {
        return score == null ? NONE : integer(Math.round(score));
    }

    static Integer rounded(Double score) {
        return score == null ? null : (int) Math.round(score);
    }

    String date(Instant instant) {
        if (instant == null) {
            return NONE;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant);
    }

    /** "23 novembre 2026 à 10:15 UTC", the joining words from the bundle (format.dateTime). */
    String dateTime(Instant instant) {
        if (instant == null) {
            return NONE;
        }
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant);
        return messages.get("format.dateTime", date(instant), time);
    }

    /** Bytes in o/Ko/Mo (fr) or B/KB/MB (en), powers of 1000. */
    String size(long bytes) {
        if (bytes < 1000) {
            return messages.get("format.bytes", integer(Math.max(0, bytes)));
        }
        if (bytes < 1_000_000) {
            return messages.get("format.kilobytes", decimal(bytes / 1000.0, bytes < 10_000 ? 1 : 0));
        }
        if (bytes < 1_000_000_000) {
            return messages.get("format.megabytes", decimal(bytes / 1_000_000.0, bytes < 10_000_000 ? 1 : 0));
        }
        return messages.get("format.gigabytes", decimal(bytes / 1_000_000_000.0, 1));
    }

    /** A duration: "120 ms", "1,2 s", "2,5 min". */
    String time(long millis) {
        if (millis < 1000) {
            return messages.get("format.milliseconds", integer(Math.max(0, millis)));
        }
        if (millis < 60_000) {
            return messages.get("format.seconds", decimal(millis / 1000.0, 1));
        }
        return messages.get("format.minutes", decimal(millis / 60_000.0, 1));
    }
}
