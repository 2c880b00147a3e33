package dev.vitrine.score;

import dev.vitrine.model.AuditResult.Evidence;
import dev.vitrine.model.AuditResult.Example;
import java.util.ArrayList;
import java.util.List;

/** Evidence being collected: the first {@value #MAX} examples kept, all of them counted. */
final class Examples {

    static final int MAX = 20;
    private static final int MAX_VALUE = 300;

    private final List<Example> kept = new ArrayList<>();
    private int count;

    void add(String url, String value) {
        count++;
        if (kept.size() < MAX) {
            kept.add(new Example(url, value == null ? null
                    : value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…"));
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    Evidence evidence() {
        return new Evidence(List.copyOf(kept), count);
    }
}
