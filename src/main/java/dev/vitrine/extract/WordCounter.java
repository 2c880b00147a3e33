package dev.vitrine.extract;

/**
 * Counts words in text fed piece by piece, as the page is walked: a word is a run of
 * non-space characters holding at least one letter or digit (so "—" or "|" between menu
 * items are not words). A word may span text nodes ({@code <b>mot</b>s} is one word) unless
 * a {@link #boundary()} separates them.
 */
final class WordCounter {
    private int count;
    private boolean inToken;
    private boolean tokenHasAlnum;

    void feed(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && Texts.isSpace((char) cp)) {
                boundary();
            } else {
                inToken = true;
                tokenHasAlnum |= Character.isLetterOrDigit(cp);
            }
            i += Character.charCount(cp);
        }
    }

    /** Ends the current word, if any: called at block elements and line breaks. */
    void boundary() {
        if (inToken && tokenHasAlnum) {
            count++;
        }
        inToken = false;
        tokenHasAlnum = false;
    }

    int count() {
        boundary();
        return count;
    }
}
