package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds which of many literals ("needles") occur in an input, in one pass over it.
 *
 * <p>Each needle is filed under one four-character piece of it, chosen to be rare in ordinary
 * URLs and code ({@code "laus"} rather than {@code "http"}). The search slides over the input:
 * every four characters are hashed, a bitmap small enough to stay in cache says whether any
 * needle is filed under that hash, and only then are the needles filed there compared, in
 * place. A page's scripts, links and inline code thus cost a few operations per character
 * instead of a search of the input per needle.
 *
 * <p>Needles shorter than four characters, or without a piece of ASCII characters only, cannot
 * be filed: {@link #unindexed()} lists them, and callers test those their own way. Immutable
 * and thread-safe.
 */
final class NeedleIndex {
    static final int[] NONE = new int[0];
    private static final int GRAM = 4;
    private static final int TABLE_BITS = 14;

    /**
     * Typical URL and script text: a needle's four-character pieces that occur here are poor
     * keys (every page would hit them), so the rarest piece of each needle is chosen.
     */
    private static final String COMMON = ("https://www.example.com/ http://example.fr/index.html "
            + "/wp-content/plugins/ /wp-content/themes/ /wp-includes/js/jquery/jquery.min.js?ver=3.7.1 "
            + "https://cdn.example.net/assets/js/app.min.js /static/css/style.css?v=2 /images/logo.png "
            + "https://fonts.googleapis.com/css2?family= https://ajax.googleapis.com/ajax/libs/ /api/v1/ "
            + "function(){var window.document.createElement('script'); s.async=true; s.src=\"\"; "
            + "document.getElementsByTagName('script')[0].parentNode.insertBefore(s, x); window.dataLayer || [] "
            + ".push({ return this; }); https://connect.example.com/en_US/ .widget.js /embed/ /sdk.js .min.css")
            .toLowerCase(Locale.ROOT);

    private final String[] needles;
    private final boolean caseInsensitive;
    /** Needle indexes by hash of their piece. */
    private final int[][] table = new int[1 << TABLE_BITS][];
    /** One bit per slot of {@link #table}, set when the slot holds needles: 2 KB. */
    private final long[] filled = new long[(1 << TABLE_BITS) / 64];
    /** By needle: where its piece starts in it, and the piece packed as the search packs it. */
    private final int[] pieceAt;
    private final int[] pieceGram;
    private final int[] unindexed;

    /**
     * @param needles         null entries are allowed (never found, listed as unindexed)
     * @param caseInsensitive compare ASCII letters without regard to case
     */
    NeedleIndex(List<String> needles, boolean caseInsensitive) {
        this.needles = needles.toArray(new String[0]);
        this.caseInsensitive = caseInsensitive;
        this.pieceAt = new int[this.needles.length];
        this.pieceGram = new int[this.needles.length];
        List<Integer> cannot = new ArrayList<>();
        for (int i = 0; i < this.needles.length; i++) {
            int at = this.needles[i] == null ? -1 : rarestPiece(this.needles[i]);
            if (at < 0) {
                cannot.add(i);
                continue;
            }
            pieceAt[i] = at;
            pieceGram[i] = gram(this.needles[i], at);
            int slot = slot(pieceGram[i]);
            int[] old = table[slot] == null ? NONE : table[slot];
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            table[slot] = grown;
            filled[slot >>> 6] |= 1L << slot;
        }
        this.unindexed = cannot.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The needles that could not be filed, by index: {@link #find} never reports them. */
    int[] unindexed() {
        return unindexed;
    }

    /**
     * The indexes of the filed needles that occur in {@code input}, each once, in order of
     * first occurrence; {@link #NONE} when none does (the usual case, and no allocation).
     */
    int[] find(String input) {
        int[] found = NONE;
        int count = 0;
        int n = input.length();
        int g = 0;
        for (int end = 0; end < n; end++) {
            g = (g << 8) | (fold(input.charAt(end)) & 0xFF);
            int slot = slot(g);
            if ((filled[slot >>> 6] & (1L << slot)) == 0 || end < GRAM - 1) {
                continue;
            }
            for (int i : table[slot]) {
                if (pieceGram[i] == g && !contains(found, count, i) && isAt(i, input, end - GRAM + 1)) {
                    found = count < found.length ? found : Arrays.copyOf(found, Math.max(4, count * 2));
                    found[count++] = i;
                }
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /** Whether needle {@code i} is in {@code input} where its piece would start at {@code pieceStart}. */
    private boolean isAt(int i, String input, int pieceStart) {
        String needle = needles[i];
        int start = pieceStart - pieceAt[i];
        return start >= 0 && input.regionMatches(caseInsensitive, start, needle, 0, needle.length());
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    private char fold(char c) {
        return caseInsensitive && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The four characters of {@code s} starting at {@code from}, packed as the search packs them. */
    private int gram(String s, int from) {
        int g = 0;
        for (int i = from; i < from + GRAM; i++) {
            g = (g << 8) | (fold(s.charAt(i)) & 0xFF);
        }
        return g;
    }

    private static int slot(int gram) {
        return (gram * 0x9E3779B9) >>> (32 - TABLE_BITS);
    }

    /**
     * Where the four-character piece of {@code needle} least frequent in {@link #COMMON} starts,
     * the last one on ties; -1 when the needle is shorter or has no piece of ASCII characters
     * only (outside ASCII, the case folding of the search and of the needle could differ).
     */
    private static int rarestPiece(String needle) {
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int i = 0; i + GRAM <= needle.length(); i++) {
            String piece = needle.substring(i, i + GRAM);
            if (!piece.chars().allMatch(c -> c < 128)) {
                continue;
            }
            int count = occurrences(COMMON, piece.toLowerCase(Locale.ROOT));
            if (count <= bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    private static int occurrences(String text, String piece) {
        int count = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            count++;
        }
        return count;
    }
}
