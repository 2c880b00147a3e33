package dev.vitrine.offsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DirectoriesTest {

    private final Directories directories = Directories.builtIn();

    @ParameterizedTest(name = "{1} is a {0} listing")
    @CsvSource({
            "google-business, https://www.google.com/maps/place/Boulangerie+Martin/@45.76,4.83,17z",
            "google-business, https://www.google.fr/maps?cid=1234567890123456789",
            "google-business, https://maps.app.goo.gl/AbCdEf123",
            "google-business, https://g.page/boulangerie-martin",
            "google-business, https://goo.gl/maps/AbCdEf",
            "google-business, https://business.google.com/dashboard/l/123",
            "google-business, https://search.google.com/local/writereview?placeid=ChIJ123",
            "pagesjaunes, https://www.pagesjaunes.fr/pros/12345678",
            "yelp, https://www.yelp.fr/biz/boulangerie-martin-lyon",
            "tripadvisor, https://www.tripadvisor.fr/Restaurant_Review-g187265-d1234567-Reviews-Boulangerie_Martin-Lyon.html",
            "trustpilot, https://fr.trustpilot.com/review/boulangerie-martin.fr",
            "avis-verifies, https://www.avis-verifies.com/avis-clients/boulangerie-martin.fr",
            "thefork, https://www.thefork.fr/restaurant/chez-martin-r123456",
            "thefork, https://www.lafourchette.com/restaurant/chez-martin/123456",
            "doctolib, https://www.doctolib.fr/dentiste/lyon/jeanne-martin",
            "malt, https://www.malt.fr/profile/jeannemartin",
            "societe-com, https://www.societe.com/societe/boulangerie-martin-123456789.html",
            "pappers, https://www.pappers.fr/entreprise/boulangerie-martin-123456789",
            "annuaire-entreprises, https://annuaire-entreprises.data.gouv.fr/entreprise/boulangerie-martin-123456789",
            "houzz, https://www.houzz.fr/professionnels/architecte/martin-pfvwfr-pf~123",
            "justacote, https://www.justacote.com/lyon-69002/boulangerie/boulangerie-martin-123456.htm",
    })
    void recognisesAListingOfEachPlatform(String id, String url) {
        assertEquals(id, directories.match(url).map(Directories.Platform::id).orElse("none"), url);
    }

    @ParameterizedTest(name = "{0} is not a listing")
    @ValueSource(strings = {
            "https://www.pagesjaunes.fr/",
            "https://www.pagesjaunes.fr/annuaire/lyon-69/boulangeries",
            "https://www.google.com/search?q=boulangerie",
            "https://www.google.fr/maps",
            "https://www.yelp.fr/biz/",
            "https://www.doctolib.fr/dentiste/lyon",
            "https://g.page/",
            "https://www.pagesjaunes.fr.evil.example/pros/123",
            "https://notpagesjaunes.fr/pros/123",
            "mailto:contact@pagesjaunes.fr",
            "not a url",
    })
    void ignoresHomeSearchAndLookalikePages(String url) {
        assertTrue(directories.match(url).isEmpty(), url);
    }

    @Test
    void everyPlatformHasAKnownKindAndAUniqueId() {
        Set<String> ids = directories.platforms().stream().map(Directories.Platform::id).collect(Collectors.toSet());
        assertEquals(directories.platforms().size(), ids.size());
        assertTrue(directories.platforms().stream().allMatch(p -> Directories.KINDS.contains(p.kind())));
        assertEquals("reviews", directories.match("https://www.yelp.com/biz/x").orElseThrow().kind());
    }
}
