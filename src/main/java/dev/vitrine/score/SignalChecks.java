package dev.vitrine.score;

import dev.vitrine.model.LocalizedText;

/** PLACEHOLDER: being written. */
final class SignalChecks {

    private SignalChecks() {}

    static Check.Accumulator signals(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator technologyCount(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }

    static Check.Accumulator trackersNeedConsent(Params params) {
        return s -> Outcome.notApplicable(LocalizedText.of("pas encore écrit", "not written yet"));
    }
}
