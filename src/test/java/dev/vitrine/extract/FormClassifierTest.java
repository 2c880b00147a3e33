package dev.vitrine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitrine.model.FormKind;
import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.Form;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormClassifierTest {

    private static FormKind kindOf(String formHtml) {
        List<Form> forms = Pages.extract(formHtml).forms();
        assertEquals(1, forms.size());
        return forms.get(0).kind();
    }

    @Test
    void guessesTheKindOfEachFormOfTheFixture() {
        PageFacts facts = Pages.fixture("forms.html");

        assertEquals(List.of(FormKind.CONTACT, FormKind.CONTACT, FormKind.NEWSLETTER, FormKind.SEARCH, FormKind.LOGIN,
                FormKind.QUOTE, FormKind.OTHER), facts.forms().stream().map(Form::kind).collect(Collectors.toList()));
    }

    @Test
    void resolvesActionsAndLowerCasesMethods() {
        List<Form> forms = Pages.fixture("forms.html").forms();

        assertEquals(new Form("https://www.example.fr/contact/", "post", FormKind.CONTACT), forms.get(0));
        assertEquals(new Form("https://www.example.fr/", "get", FormKind.SEARCH), forms.get(3));
    }

    @Test
    void postsToThePageWhenTheActionIsMissingOrEmpty() {
        PageFacts facts = Pages.extract("<form><input type=search></form><form action='' method=''>"
                + "<input type=search></form>", "https://www.example.fr/catalogue?page=2");

        assertEquals(List.of(new Form("https://www.example.fr/catalogue?page=2", "get", FormKind.SEARCH),
                new Form("https://www.example.fr/catalogue?page=2", "get", FormKind.SEARCH)), facts.forms());
    }

    @Test
    void findsTheSearchFormInTheHeaderAndTheNewsletterInTheFooter() {
        List<Form> forms = Pages.fixture("home.html").forms();

        assertEquals(List.of(new Form("https://www.example.fr/recherche", "get", FormKind.SEARCH),
                new Form("https://newsletter.example-mail.com/subscribe", "post", FormKind.NEWSLETTER)), forms);
    }

    @Test
    void recognisesAFrenchContactFormByItsWords() {
        assertEquals(FormKind.CONTACT, kindOf("<form method=post><label>Nom</label><input name=nom>"
                + "<label>Téléphone</label><input type=tel name=tel><button>Nous écrire</button></form>"));
    }

    @Test
    void recognisesAnEnglishContactForm() {
        assertEquals(FormKind.CONTACT, kindOf("<form id=contactForm method=post><input name=fullname>"
                + "<input name=phone><button>Send message</button></form>"));
    }

    @Test
    void recognisesAQuoteRequestBeforeAContactForm() {
        assertEquals(FormKind.QUOTE, kindOf("<form method=post><input type=email name=email><textarea name=msg>"
                + "</textarea><button>Demander un devis</button></form>"));
        assertEquals(FormKind.QUOTE, kindOf("<form method=post><input name=surface><select name=budget></select>"
                + "<button>Get a quote</button></form>"));
    }

    @Test
    void recognisesASearchBoxByNameRoleOrSingleTextField() {
        assertEquals(FormKind.SEARCH, kindOf("<form method=post><input name=s></form>"));
        assertEquals(FormKind.SEARCH, kindOf("<div role=search><form method=post><input name=terme></form></div>"));
        assertEquals(FormKind.SEARCH, kindOf("<form action=/catalogue><input type=text name=mot></form>"));
        assertEquals(FormKind.OTHER, kindOf("<form action=/catalogue method=post><input type=text name=mot></form>"));
    }

    @Test
    void recognisesLoginFormsByPasswordOrWords() {
        assertEquals(FormKind.LOGIN, kindOf("<form><input name=user><input type=PASSWORD name=p></form>"));
        assertEquals(FormKind.LOGIN, kindOf("<form action=/espace-client><input type=email name=email>"
                + "<button>Connexion</button></form>"));
        assertEquals(FormKind.LOGIN, kindOf("<form><input type=email name=email><button>Sign in</button></form>"));
    }

    @Test
    void wantsASingleEmailFieldForANewsletter() {
        assertEquals(FormKind.NEWSLETTER, kindOf("<form method=post><input type=email name=email>"
                + "<button>Subscribe</button></form>"));
        assertEquals(FormKind.NEWSLETTER, kindOf("<form method=post><input name=prenom><input type=email name=mail>"
                + "<button>S'inscrire</button></form>"));
        // Same words, but a textarea: someone writing to the company.
        assertEquals(FormKind.CONTACT, kindOf("<form method=post><input type=email name=email><textarea></textarea>"
                + "<button>S'abonner</button></form>"));
    }

    @Test
    void matchesWordsWithoutAccentsOrCase() {
        assertEquals("ecrivez nous vite a l'ecole", FormClassifier.normalize("ÉCRIVEZ-NOUS   vite à l’École!"));
    }

    @Test
    void fallsBackToOther() {
        assertEquals(FormKind.OTHER, kindOf("<form method=post><input type=number name=qty><button>+</button></form>"));
        assertEquals(FormKind.OTHER, kindOf("<form></form>"));
    }
}
