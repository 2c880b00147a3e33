package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The rules of one kind of sign (script URLs, inline code, links…) of every fingerprint,
 * matched so that an input is read once, not once per rule: the rules' needles (see
 * {@link Rule}) are searched together through a {@link NeedleIndex}, and a rule's regex runs
 * only on an input that holds its needle, once per input. Rules without a usable needle are
 * tried on every input.
 *
 * <p>Immutable and thread-safe.
 */
final class RuleSet {
    private final Rule[] rules;
    /** By rule index: the index of its fingerprint. */
    private final int[] owner;
    private final boolean caseInsensitive;
    private final NeedleIndex needles;

    private RuleSet(List<Rule> rules, List<Integer> owners, boolean caseInsensitive) {
        this.rules = rules.toArray(new Rule[0]);
        this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
        this.caseInsensitive = caseInsensitive;
        this.needles = new NeedleIndex(rules.stream().map(Rule::needle).toList(), caseInsensitive);
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
        int[] unindexed = needles.unindexed();
        if (unindexed.length > 0) {
            String lower = caseInsensitive ? input.toLowerCase(Locale.ROOT) : input;
            for (int i : unindexed) {
                if (!finds.has(owner[i], rank)) {
                    record(i, rules[i].find(input, lower), input, evidenceIsMatch, rank, kind, finds);
                }
            }
        }
        for (int i : needles.find(input)) {
            if (!finds.has(owner[i], rank)) {
                // The needle is there: the regex decides, over the whole input.
                record(i, rules[i].regex(input), input, evidenceIsMatch, rank, kind, finds);
            }
        }
    }

    private void record(int i, String found, String input, boolean evidenceIsMatch, int rank, String kind,
            TechnologyFinds finds) {
        if (found != null) {
            finds.found(owner[i], rank, kind + (evidenceIsMatch ? found : input));
        }
    }
}
