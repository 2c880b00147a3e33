package dev.vitrine.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a form on a page is for, guessed from its fields and wording (French and English). */
public enum FormKind {
    CONTACT, NEWSLETTER, SEARCH, LOGIN, QUOTE, OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
