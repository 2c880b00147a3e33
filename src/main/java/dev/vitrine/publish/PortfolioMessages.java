package dev.vitrine.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The portfolio's interface strings in one language, from
 * {@code site-templates/portfolio/messages_<lang>.properties} (UTF-8). Templates read them as
 * {@code #{key}}, the Java building the rows through {@link #get}. As in the report, a message
 * with parameters goes through {@link MessageFormat}; a missing one shows as {@code ??key_lang??}.
 */
final class PortfolioMessages implements IMessageResolver {

    private final String language;
    private final Locale locale;
    private final Map<String, String> texts;

    private PortfolioMessages(String language, Map<String, String> texts) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.texts = Map.copyOf(texts);
    }

    static String bundle(String language) {
        return PortfolioPages.TEMPLATES_ROOT + "messages_" + language + ".properties";
    }

    static PortfolioMessages load(String language, ClassLoader loader) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(bundle(language))) {
            if (in == null) {
                throw new IllegalStateException("no built-in message bundle " + bundle(language));
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bundle(language) + ": " + e.getMessage(), e);
        }
        Map<String, String> texts = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        return new PortfolioMessages(language, texts);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            return absent(key);
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The message, or null when the bundle has none (a belt id Vitrine does not know). */
    String getOrNull(String key) {
        return texts.get(key);
    }

    private String absent(String key) {
        return "??" + key + "_" + language + "??";
    }

    @Override
    public String getName() {
        return "vitrine-portfolio";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return texts.containsKey(key) ? get(key, parameters == null ? new Object[0] : parameters) : null;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        return absent(key);
    }
}
