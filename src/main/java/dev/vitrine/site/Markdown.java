package dev.vitrine.site;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Our recommendation texts, Markdown to HTML. Raw HTML in the text is escaped, links keep
 * only http(s), mailto and #anchor targets (others become their text: no {@code javascript:}
 * or {@code data:}), images become their alt text (a report makes no
 * request), links get {@code rel="noopener noreferrer"}, and headings start at level
 * {@value #TOP_HEADING} because they sit under the finding's title.
 */
final class Markdown {

    static final int TOP_HEADING = 3;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    private Markdown() {}

    /** {@code markdown} as HTML, or "" for null or blank text. */
    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        List<Node> replaced = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, Math.max(TOP_HEADING, heading.getLevel())));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                replaced.add(image);
            }

            @Override
            public void visit(Link link) {
                if (!allowed(link.getDestination())) {
                    replaced.add(link);
                }
                visitChildren(link);
            }
        });
        for (Node node : replaced) {
            node.insertBefore(new Text(altText(node)));
            node.unlink();
        }
        return RENDERER.render(document);
    }

    private static boolean allowed(String destination) {
        return destination != null && (Texts.href(destination) != null || destination.startsWith("#")
                || destination.regionMatches(true, 0, "mailto:", 0, 7));
    }

    /** The text inside a node: an image's alt text, a link's words. */
    private static String altText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
