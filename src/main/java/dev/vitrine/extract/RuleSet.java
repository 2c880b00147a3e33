package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rules of one kind of sign (script URLs, inline code, links…) of every fingerprint,
 * indexed so that an input is read once, not once per rule.
 *
 * <p>Each rule with a needle (see {@link Rule}) is filed under one four-character piece of
 * it, chosen to be rare in ordinary URLs and code ({@code "laus"} rather than {@code "http"}).
 * Matching slides over the input: every four characters are hashed and looked up; a rule
 * filed there is checked for its whole needle at that very place, and only then does its
 * regex run (once per input). A page with 40 scripts, 200 links and 30 KB of inline code then
 * costs a table look-up per character instead of a search of the input per rule. Rules
 * without a usable needle are tried on every input.
 *
 * <p>Immutable and thread-safe.
 */
final class RuleSet {
    private static final int GRAM = 4;
    private static final int TABLE_BITS = 14;
    private static final int[] NONE = new int[0];

    /**
     * Typical URL and script text: a needle's four-character pieces that occur here are poor
     * keys (every page would hit them), so the rarest piece of each needle is chosen.
     */
    private static final String COMMON = "https://www.example.com/ http://example.fr/index.html "
            + "/wp-content/plugins/ /wp-content/themes/ /wp-includes/js/jquery/jquery.min.js?ver=3.7.1 "
            + "https://cdn.example.net/assets/js/app.min.js /static/css/style.css?v=2 /images/logo.png "
            + "https://fonts.googleapis.com/css2?family= https://ajax.googleapis.com/ajax/libs/ /api/v1/ "
            + "function(){var window.document.createElement('script'); s.async=true; s.src=\"\"; "
            + "document.getElementsByTagName('script')[0].parentNode.insertBefore(s, x); window.dataLayer || [] "
            + ".push({ return this; }); https://connect.example.com/en_US/ .widget.js /embed/ /sdk.js .min.css";

    private static final String COMMON_LOWER = COMMON.toLowerCase(Locale.ROOT);

    private final Rule[] rules;
    private final int[] owner;
    private final boolean caseInsensitive;
    /** Rule indexes by hash of their key piece. */
    private final int[][] table = new int[1 << TABLE_BITS][];
    /** One bit per slot of {@link #table}, set when the slot holds rules: 2 KB that stay in cache. */
    private final long[] filled = new long[(1 << TABLE_BITS) / 64];
    /** By rule index: where its key piece starts in its needle, and the piece packed (indexed rules only). */
    private final int[] pieceAt;
    private final int[] pieceGram;
    /** Rules without a needle of {@value #GRAM}+ characters: tried on every input. */
    private final int[] always;

    private RuleSet(List<Rule> rules, List<Integer> owners, boolean caseInsensitive) {
        this.rules = rules.toArray(new Rule[0]);
        this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
        this.caseInsensitive = caseInsensitive;
        this.pieceAt = new int[this.rules.length];
        this.pieceGram = new int[this.rules.length];
        List<Integer> unindexed = new ArrayList<>();
        for (int i = 0; i < this.rules.length; i++) {
            String needle = this.rules[i].needle();
            int at = needle == null ? -1 : rarestPiece(needle);
            if (at < 0) {
                unindexed.add(i);
            } else {
                pieceAt[i] = at;
                pieceGram[i] = gram(needle, at);
                int slot = slot(pieceGram[i]);
                int[] old = table[slot] == null ? NONE : table[slot];
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = i;
                table[slot] = grown;
                filled[slot >>> 6] |= 1L << slot;
            }
        }
        this.always = unindexed.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param caseInsensitive whether {@code kind}'s rules were compiled case-insensitive; all
     *                        rules of one kind are
     */
    static RuleSet of(List<Fingerprint> fingerprints, Function<Fingerprint, List<Rule>> kind, boolean caseInsensitive) {
        List<Integer> owners = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (Rule rule : kind.apply(fingerprints.get(i))) {
                if (rule.caseInsensitive() != caseInsensitive) {
                    throw new IllegalArgumentException("rule " + rule.source() + " of " + fingerprints.get(i).id()
                            + " differs in case sensitivity from the other rules of its kind");
                }
                owners.add(i);
                rules.add(rule);
            }
        }
        return new RuleSet(rules, owners, caseInsensitive);
    }

    /**
     * Tries on {@code input} every rule whose fingerprint has no evidence as good as
     * {@code rank} yet; a match is recorded in {@code finds}.
     *
     * @param evidenceIsMatch the evidence quotes the matched text (inline code) rather than the whole input
     */
    void match(String input, boolean evidenceIsMatch, int rank, String kind, TechnologyFinds finds) {
        if (rules.length == 0) {
            return;
        }
        if (always.length > 0) {
            String lower = caseInsensitive ? input.toLowerCase(Locale.ROOT) : input;
            for (int i : always) {
                if (!finds.has(owner[i], rank)) {
                    record(i, rules[i].find(input, lower), input, evidenceIsMatch, rank, kind, finds);
                }
            }
        }
        boolean[] tried = null;
        int n = input.length();
        int g = 0;
        for (int end = 0; end < n; end++) {
            g = (g << 8) | (fold(input.charAt(end)) & 0xFF);
            int slot = slot(g);
            if ((filled[slot >>> 6] & (1L << slot)) == 0 || end < GRAM - 1) {
                continue;
            }
            for (int i : table[slot]) {
                if (pieceGram[i] != g || (tried != null && tried[i]) || finds.has(owner[i], rank)
                        || !needleAt(i, input, end - GRAM + 1)) {
                    continue;
                }
                // The needle is there: the regex decides, once, over the whole input.
                tried = tried != null ? tried : new boolean[rules.length];
                tried[i] = true;
                record(i, rules[i].regex(input), input, evidenceIsMatch, rank, kind, finds);
            }
        }
    }

    /** Whether rule {@code i}'s needle is in {@code input} where its key piece would start at {@code pieceStart}. */
    private boolean needleAt(int i, String input, int pieceStart) {
        String needle = rules[i].needle();
        int start = pieceStart - pieceAt[i];
        return start >= 0 && input.regionMatches(caseInsensitive, start, needle, 0, needle.length());
    }

    private void record(int i, String found, String input, boolean evidenceIsMatch, int rank, String kind,
            TechnologyFinds finds) {
        if (found != null) {
            finds.found(owner[i], rank, kind + (evidenceIsMatch ? found : input));
        }
    }

    private char fold(char c) {
        return caseInsensitive && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The four characters of {@code s} starting at {@code from}, packed as the sliding match packs them. */
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
     * only (outside ASCII, the case folding of the sliding match and of the needle could differ).
     */
    private static int rarestPiece(String needle) {
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int i = 0; i + GRAM <= needle.length(); i++) {
            String piece = needle.substring(i, i + GRAM);
            if (!piece.chars().allMatch(c -> c < 128)) {
                continue;
            }
            int count = occurrences(COMMON_LOWER, piece.toLowerCase(Locale.ROOT));
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
