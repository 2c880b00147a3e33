package dev.vitrine.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A finding's outcome: scores 1, between 0 and 1, 0, or is left out of every mean. */
public enum Verdict {
    PASS, PARTIAL, FAIL, NOT_APPLICABLE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
