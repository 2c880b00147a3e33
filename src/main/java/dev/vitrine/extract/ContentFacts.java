package dev.vitrine.extract;

import dev.vitrine.model.FormKind;
import dev.vitrine.model.PageFacts.Form;
import dev.vitrine.model.PageFacts.Heading;
import java.util.List;
import org.jsoup.nodes.Element;

/** The page's outline and interactions: headings, forms, microdata types. */
final class ContentFacts {
    private final String pageUrl;
    private final Capped<Heading> headings = Capped.list(Limits.HEADINGS);
    private final Capped<Form> forms = Capped.list(Limits.FORMS);
    private final Capped<String> microdataTypes = Capped.distinct(Limits.MICRODATA_TYPES);

    /** @param pageUrl where a form without action posts */
    ContentFacts(String pageUrl) {
        this.pageUrl = pageUrl;
    }

    void heading(Element el, int level) {
        if (!headings.isFull()) {
            headings.add(new Heading(level, Texts.of(el, Limits.SHORT_TEXT)));
        }
    }

    void form(Element el) {
        if (forms.isFull()) {
            return;
        }
        String action = Urls.absolute(el, "action");
        String method = Texts.cleanLower(el.attr("method"), Limits.TOKEN);
        method = method.isEmpty() ? "get" : method;
        FormKind kind = FormClassifier.classify(el, method);
        forms.add(new Form(action == null ? pageUrl : action, method, kind));
    }

    /** {@code itemtype="https://schema.org/Product"} → {@code Product}; several space-separated types each count. */
    void microdata(Element el) {
        for (String type : el.attr("itemtype").strip().split("\\s+", 8)) {
            String name = lastSegment(type);
            if (!name.isEmpty()) {
                microdataTypes.add(Texts.cut(name, Limits.TOKEN));
            }
        }
    }

    static String lastSegment(String url) {
        String s = url;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }

    List<Heading> headings() {
        return headings.toList();
    }

    List<Form> forms() {
        return forms.toList();
    }

    List<String> microdataTypes() {
        return microdataTypes.toList();
    }
}
