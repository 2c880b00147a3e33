package dev.vitrine.extract;

import dev.vitrine.model.FormKind;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Guesses what a form is for from its fields and the words around them (names, ids,
 * placeholders, labels, legends, button texts, the form's id, class and action), in French
 * and English. The rules are tried in the order of {@link FormKind}'s importance for the
 * audit, first match wins: login, search, newsletter, quote, contact, other.
 *
 * <p>The visible text of the whole form is deliberately not read: CMSs such as ASP.NET
 * WebForms wrap the entire page in one form, whose menu would say "Contact".
 */
final class FormClassifier {

    /** The words of each kind, accent-free and lower-case (see {@link #normalize}). */
    record KindWords(FormKind kind, List<String> words) {}

    static final List<KindWords> WORDS = List.of(
            new KindWords(FormKind.LOGIN, List.of("connexion", "se connecter", "login", "log in", "sign in", "signin",
                    "mot de passe")),
            new KindWords(FormKind.NEWSLETTER, List.of("newsletter", "s'inscrire", "inscription", "abonner", "abonnez",
                    "subscribe", "lettre d'information", "infolettre")),
            new KindWords(FormKind.QUOTE, List.of("devis", "quote", "estimation", "budget")),
            new KindWords(FormKind.CONTACT, List.of("contact", "message", "nous ecrire", "ecrivez nous",
                    "envoyer un message")));

    /** Field names that make a form a site search. */
    static final Set<String> SEARCH_FIELD_NAMES = Set.of("q", "s", "query", "search", "recherche", "keywords");

    /** Input types that are not something the visitor types in. */
    private static final Set<String> NOT_ENTRY = Set.of("hidden", "submit", "button", "reset", "image", "checkbox",
            "radio", "file", "password");

    /** Newsletter forms ask for the address and at most a first and last name. */
    private static final int NEWSLETTER_MAX_FIELDS = 3;

    private FormClassifier() {}

    static FormKind classify(Element form, String method) {
        FormFields fields = FormFields.of(form);
        String words = normalize(fields.words());
        if (fields.password() || has(words, FormKind.LOGIN)) {
            return FormKind.LOGIN;
        }
        if (isSearch(form, fields, method)) {
            return FormKind.SEARCH;
        }
        boolean newsletterShape = fields.emails() == 1 && fields.textareas() == 0
                && fields.entries() <= NEWSLETTER_MAX_FIELDS;
        if (newsletterShape && has(words, FormKind.NEWSLETTER)) {
            return FormKind.NEWSLETTER;
        }
        if (has(words, FormKind.QUOTE)) {
            return FormKind.QUOTE;
        }
        if ((fields.textareas() > 0 && fields.emails() > 0) || has(words, FormKind.CONTACT)) {
            return FormKind.CONTACT;
        }
        return FormKind.OTHER;
    }

    private static boolean isSearch(Element form, FormFields fields, String method) {
        if (fields.searchInput() || fields.searchName() || insideSearchRole(form)) {
            return true;
        }
        return fields.entries() == 1 && fields.plainTexts() == 1 && "get".equals(method);
    }

    private static boolean insideSearchRole(Element form) {
        Element el = form;
        for (int i = 0; i < 4 && el != null; i++, el = el.parent()) {
            if (el.attr("role").equalsIgnoreCase("search") || el.nameIs("search")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(String words, FormKind kind) {
        for (KindWords row : WORDS) {
            if (row.kind() == kind) {
                for (String word : row.words()) {
                    if (words.contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Lower-case, accents removed, typographic apostrophes made plain, punctuation made spaces. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u02BC' || c == '\'') {
                out.append('\'');
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else {
                Texts.separate(out);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).strip();
    }

    static boolean isEntryType(String type) {
        return !NOT_ENTRY.contains(type);
    }
}
