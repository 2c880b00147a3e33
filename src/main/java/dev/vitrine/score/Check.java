package dev.vitrine.score;

import dev.vitrine.model.PageFacts;

/**
 * How to evaluate one kind of criterion. A check reads its parameters in {@link #start}
 * (where a bad parameter fails, so the checklist is validated before any crawl), then
 * folds over the run's pages in one pass and decides on the whole snapshot. No I/O, no
 * clock: the same run files always give the same outcome.
 */
@FunctionalInterface
interface Check {

    Accumulator start(Params params);

    /** The state of one criterion during the pass over pages.jsonl. */
    interface Accumulator {

        /** Every record of pages.jsonl, in file order (HTML pages, resources, errors). */
        default void accept(PageFacts page) {}

        Outcome finish(Snapshot snapshot);
    }

    /** A check that only needs the snapshot, not the pages one by one. */
    interface SiteOnly extends Check, Accumulator {
        @Override
        default Accumulator start(Params params) {
            return this;
        }
    }
}
