package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.SocialLink;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The social profiles of one page, one entry per (platform, handle, source, region): two icons
 * to the same page in the footer are one fact; the same profile found in a link and in
 * JSON-LD, or linked from the footer and from an article, are two (the report shows where
 * each was found, and the footer link is what makes it the company's own).
 */
final class SocialLinks {
    private final Capped<SocialLink> links = Capped.list(Limits.SOCIAL);
    private final Set<List<String>> seen = new HashSet<>();

    /** A profile the page declares but does not show: JSON-LD, {@code twitter:site}, {@code <link rel=me>}. */
    void add(Optional<SocialLink> found) {
        if (found.isPresent() && !links.isFull()) {
            keep(found.get());
        }
    }

    /** A profile linked from {@code anchor}: its region is looked up only when it is a profile. */
    void addVisible(Optional<SocialLink> found, Element anchor) {
        if (found.isPresent() && !links.isFull()) {
            SocialLink link = found.get();
            keep(new SocialLink(link.platform(), link.url(), link.handle(), link.source(), PageRegions.of(anchor)));
        }
    }

    private void keep(SocialLink link) {
        List<String> key = Arrays.asList(link.platform(), link.handle(), link.source(), link.region());
        if (seen.add(key)) {
            links.add(link);
        }
    }

    List<SocialLink> toList() {
        return links.toList();
    }
}
