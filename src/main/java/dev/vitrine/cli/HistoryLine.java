package dev.vitrine.cli;

import dev.vitrine.model.History;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The changes since the previous run as the terminal summary prints them after the score:
 * " (+5,5 depuis le 2026-10-24) · 3 critères corrigés, 1 nouveau problème". Empty for a first run.
 */
final class HistoryLine {

    private HistoryLine() {}

    static String changes(History history, boolean fr) {
        if (history == null || history.isEmpty()) {
            return "";
        }
        History.RunPoint previous = history.previous();
        String since = previous.date() == null ? previous.runId()
                : LocalDate.ofInstant(previous.date(), ZoneOffset.UTC).toString();
        String delta = history.overallDelta() == null ? "" : signed(history.overallDelta(), fr) + " ";
        int fixed = history.fixed().size();
        int introduced = history.introduced().size();
        return " (" + delta + (fr ? "depuis le " : "since ") + since + ") · "
                + (fr ? fixed + (fixed > 1 ? " critères corrigés" : " critère corrigé")
                        : fixed + (fixed == 1 ? " criterion fixed" : " criteria fixed"))
                + ", "
                + (fr ? introduced + (introduced > 1 ? " nouveaux problèmes" : " nouveau problème")
                        : introduced + (introduced == 1 ? " new issue" : " new issues"));
    }

    /** "+5,5", "-2", "±0" with the language's decimal separator and one decimal at most. */
    static String signed(double delta, boolean fr) {
        double rounded = Math.round(delta * 10) / 10.0;
        if (rounded == 0) {
            return "±0";
        }
        NumberFormat f = NumberFormat.getNumberInstance(fr ? Locale.FRANCE : Locale.US);
        f.setMaximumFractionDigits(1);
        f.setGroupingUsed(false);
        return (rounded > 0 ? "+" : "-") + f.format(Math.abs(rounded));
    }
}
