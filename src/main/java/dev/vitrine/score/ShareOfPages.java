package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;
import dev.vitrine.model.PageFacts;
import java.util.List;
import java.util.function.Predicate;

/**
 * The shape shared by every share-of-pages check: each page in scope is judged (or left
 * out as not applicable), the score is the share that passes, the verdict follows the
 * criterion's {@code passShare} and {@code partialShare}, and the failing pages are the
 * evidence.
 */
final class ShareOfPages implements Check.Accumulator {

    /** How one page fares: {@code passed} of {@code total} units (pages, or images), and what was seen. */
    record Judgement(int passed, int total, String value) {
        static Judgement pass(String value) {
            return new Judgement(1, 1, value);
        }

        static Judgement fail(String value) {
            return new Judgement(0, 1, value);
        }

        static Judgement of(boolean passed, String value) {
            return passed ? pass(value) : fail(value);
        }
    }

    /** Judges one page; null when the page is not applicable. */
    @FunctionalInterface
    interface Judge {
        Judgement judge(PageFacts page);
    }

    static final List<String> SCOPES = List.of("all", "home", "key");

    private final Judge judge;
    private final Predicate<PageFacts> inScope;
    private final double passShare;
    private final double partialShare;
    private final LocalizedText unit;
    private final Examples failing = new Examples();
    private long passed;
    private long total;
    private int pages;

    /**
     * @param unit what is counted, e.g. {@code pages}/{@code pages}, {@code images}/{@code images}
     */
    ShareOfPages(Params params, Judge judge, LocalizedText unit) {
        this.judge = judge;
        this.passShare = params.share("passShare", 1.0);
        this.partialShare = params.share("partialShare", 0.5);
        String scope = params.choice("scope", SCOPES, "all");
        this.inScope = switch (scope) {
            case "home" -> Pages::isHome;
            case "key" -> Pages::isKey;
            default -> p -> true;
        };
        this.unit = unit;
    }

    static ShareOfPages pages(Params params, Judge judge) {
        return new ShareOfPages(params, judge, LocalizedText.of("pages", "pages"));
    }

    @Override
    public void accept(PageFacts page) {
        if (!Pages.isContent(page) || !inScope.test(page)) {
            return;
        }
        Judgement j = judge.judge(page);
        if (j == null || j.total() == 0) {
            return;
        }
        pages++;
        passed += j.passed();
        total += j.total();
        if (j.passed() < j.total()) {
            failing.add(page.url(), j.value());
        }
    }

    @Override
    public Outcome finish(Snapshot snapshot) {
        if (total == 0) {
            return Outcome.notApplicable(LocalizedText.of("Aucune page concernée", "No page concerned"));
        }
        double score = (double) passed / total;
        LocalizedText summary = LocalizedText.of(
                passed + " " + unit.fr() + " conformes sur " + total + " (" + percent(score) + ")",
                passed + " of " + total + " " + unit.en() + " pass (" + percent(score) + ")");
        return Outcome.ratio(score, passShare, partialShare, summary, failing.evidence());
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
