package dev.vitrine.extract;

import dev.vitrine.model.PageFacts.SocialLink;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The social profiles of one page, one entry per (platform, handle, source): a footer icon and
 * a "follow us" button to the same page are one fact, the same profile found in a link and in
 * JSON-LD are two (the report shows where each was found).
 */
final class SocialLinks {
    private final Capped<SocialLink> links = Capped.list(Limits.SOCIAL);
    private final Set<List<String>> seen = new HashSet<>();

    void add(Optional<SocialLink> found) {
        if (found.isEmpty() || links.isFull()) {
            return;
        }
        SocialLink link = found.get();
        if (seen.add(List.of(link.platform(), link.handle(), link.source()))) {
            links.add(link);
        }
    }

    List<SocialLink> toList() {
        return links.toList();
    }
}
