package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What went wrong while reading one page, outside JSON-LD (which has its own list): the
 * element at fault and the exception, so a bug or a page shape we did not expect shows up
 * in {@code pages.jsonl} instead of losing the page.
 */
final class Problems {
    private final List<String> messages = new ArrayList<>();
    private int unlisted;

    void add(String where, Throwable e) {
        if (messages.size() >= Limits.ERRORS) {
            unlisted++;
            return;
        }
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        messages.add(Texts.clean(where + ": " + e.getClass().getSimpleName() + detail, Limits.SHORT_TEXT));
    }

    /** The messages joined with "; ", or null when the page was read without trouble. */
    String summary() {
        if (messages.isEmpty()) {
            return null;
        }
        String joined = String.join("; ", messages);
        return Texts.cut(unlisted == 0 ? joined : joined + "; and " + unlisted + " more", Limits.ERROR);
    }
}
