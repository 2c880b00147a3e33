package dev.vitrine.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list that stops growing at its cap, optionally without duplicates. Collected while the
 * page is walked, then frozen into the immutable list the record holds.
 */
final class Capped<T> {
    private final int cap;
    private final List<T> items = new ArrayList<>();
    private final Set<T> seen;

    private Capped(int cap, boolean distinct) {
        this.cap = cap;
        this.seen = distinct ? new HashSet<>() : null;
    }

    /** Keeps every item, duplicates included, up to {@code cap}. */
    static <T> Capped<T> list(int cap) {
        return new Capped<>(cap, false);
    }

    /** Keeps the first occurrence of each item, up to {@code cap} distinct items. */
    static <T> Capped<T> distinct(int cap) {
        return new Capped<>(cap, true);
    }

    /** Adds {@code item} unless it is null, already there (distinct lists) or the list is full. */
    boolean add(T item) {
        if (item == null || isFull() || (seen != null && !seen.add(item))) {
            return false;
        }
        items.add(item);
        return true;
    }

    boolean isFull() {
        return items.size() >= cap;
    }

    int size() {
        return items.size();
    }

    List<T> toList() {
        return List.copyOf(items);
    }
}
