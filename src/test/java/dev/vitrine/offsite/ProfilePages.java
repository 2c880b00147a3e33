package dev.vitrine.offsite;

import dev.vitrine.model.PageFacts;
import dev.vitrine.model.PageFacts.SocialLink;
import java.util.List;
import java.util.Map;

/** Hand-built pages.jsonl lines for {@link OwnProfiles} tests: an HTML page answering 200 with its social links. */
final class ProfilePages {
    static final String HOME = "https://www.acme.fr/";

    private ProfilePages() {}

    static PageFacts page(String url, SocialLink... social) {
        return page(url, 200, "text/html; charset=utf-8", social);
    }

    static PageFacts page(String url, int status, String contentType, SocialLink... social) {
        return new PageFacts(url, url, List.of(), status, contentType, 1000, 10, 1, Map.of(), "Acme", null, null,
                null, "fr", "UTF-8", null, List.of(), 100, Map.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(social), List.of(), null, null, List.of(), List.of(), null, null, List.of(), 0, 0,
                List.of(), null);
    }

    /** A visible link to {@code https://<platform>.example/<handle>} in {@code region}. */
    static SocialLink linked(String platform, String handle, String region) {
        return new SocialLink(platform, url(platform, handle), handle, "link", region);
    }

    /** A declaration visitors do not see: {@code json-ld}, {@code twitter:site} or a head {@code rel-me}. */
    static SocialLink declared(String platform, String handle, String source) {
        return new SocialLink(platform, "https://declared.example/" + platform + "/" + handle, handle, source, null);
    }

    static String url(String platform, String handle) {
        return "https://" + platform + ".example/" + handle;
    }
}
