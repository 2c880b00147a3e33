package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;

/** PLACEHOLDER: being written. */
final class ContentChecks {

    private ContentChecks() {}

    static Check.Accumulator uniqueValues(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator keyPagesMeta(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator homeHead(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator responsiveStyles(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator caching(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator contentFreshness(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator contactOneClick(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator productOffers(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }
}
