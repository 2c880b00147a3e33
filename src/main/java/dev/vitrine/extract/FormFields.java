package dev.vitrine.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What one form asks for, read in a single walk of the form: counts of field kinds and the
 * words that describe them (bounded).
 *
 * @param entries    fields the visitor types or picks in (text-like inputs, textareas, selects)
 * @param plainTexts text or search inputs (or inputs without a type) that do not ask for an e-mail
 * @param emails     fields asking for an e-mail address (by type or by name)
 */
record FormFields(boolean password, boolean searchInput, boolean searchName, int emails, int textareas,
                  int entries, int plainTexts, String words) {

    static FormFields of(Element form) {
        Builder b = new Builder();
        b.words(form.attr("id"), form.attr("class"), form.attr("name"), form.attr("action"), form.attr("aria-label"));
        for (Element el : form.getAllElements()) {
            switch (el.normalName()) {
                case "input" -> b.input(el);
                case "textarea" -> {
                    b.textareas++;
                    b.entries++;
                    b.fieldWords(el);
                }
                case "select" -> {
                    b.entries++;
                    b.words(el.attr("name"), el.attr("id"));
                }
                case "button", "label", "legend" -> b.words(Texts.of(el, Limits.SHORT_TEXT), el.attr("value"));
                default -> { }
            }
        }
        return new FormFields(b.password, b.searchInput, b.searchName, b.emails, b.textareas, b.entries,
                b.plainTexts, b.words.toString());
    }

    /** Mutable tallies while walking one form. */
    private static final class Builder {
        final StringBuilder words = new StringBuilder();
        boolean password;
        boolean searchInput;
        boolean searchName;
        int emails;
        int textareas;
        int entries;
        int plainTexts;

        void input(Element el) {
            String type = el.attr("type").strip().toLowerCase(Locale.ROOT);
            String name = el.attr("name").strip().toLowerCase(Locale.ROOT);
            password |= type.equals("password");
            searchInput |= type.equals("search");
            searchName |= FormClassifier.SEARCH_FIELD_NAMES.contains(name);
            if (type.equals("submit") || type.equals("button") || type.equals("image")) {
                words(el.attr("value"), el.attr("alt"));
            }
            if (FormClassifier.isEntryType(type)) {
                entries++;
                if (type.equals("email") || looksLikeEmail(name) || looksLikeEmail(el.attr("id"))) {
                    emails++;
                } else if (type.isEmpty() || type.equals("text") || type.equals("search")) {
                    plainTexts++;
                }
            }
            if (!type.equals("hidden")) {
                fieldWords(el);
            }
        }

        void fieldWords(Element el) {
            words(el.attr("name"), el.attr("id"), el.attr("placeholder"), el.attr("aria-label"), el.attr("title"));
        }

        void words(String... parts) {
            for (String part : parts) {
                if (words.length() >= Limits.FORM_WORDS) {
                    return;
                }
                if (!part.isEmpty()) {
                    words.append(Texts.cut(part, Limits.SHORT_TEXT)).append(' ');
                }
            }
        }

        private static boolean looksLikeEmail(String nameOrId) {
            String s = nameOrId.toLowerCase(Locale.ROOT);
            return s.contains("mail") || s.contains("courriel");
        }
    }
}
