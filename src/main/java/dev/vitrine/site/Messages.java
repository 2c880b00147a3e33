package dev.vitrine.site;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The report's interface strings in one language: {@code messages/messages_<lang>.properties}
 * (UTF-8) of the built-in templates, with the keys of the same file in each override folder
 * laid over them. The templates read them as {@code #{key}}; the Java that builds the view
 * records reads the same strings through {@link #get}, so no interface text lives in code.
 *
 * <p>As with Thymeleaf's own resolver, a message without parameters is returned as written,
 * and one with parameters goes through {@link MessageFormat} (where an apostrophe is written
 * {@code ''}). A missing key shows as {@code ??key_lang??} and is logged once.
 */
final class Messages implements IMessageResolver {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final String language;
    private final Locale locale;
    private final Map<String, String> texts;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.locale = Format.localeOf(language);
        this.texts = Map.copyOf(texts);
    }

    /** The bundle path of a language, relative to a templates folder. */
    static String bundle(String language) {
        return "messages/messages_" + language + ".properties";
    }

    /**
     * Reads the built-in bundle from {@code loader} under {@code root}, then each override
     * folder's from the last to the first, so the first folder wins.
     */
    static Messages load(String language, ClassLoader loader, String root, List<Path> overrideDirs) {
        Map<String, String> texts = new HashMap<>();
        String name = bundle(language);
        try (InputStream in = loader.getResourceAsStream(root + name)) {
            if (in == null) {
                log.warn("no built-in message bundle {}{}", root, name);
            } else {
                read(in, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + name + ": " + e.getMessage(), e);
        }
        for (int i = overrideDirs.size() - 1; i >= 0; i--) {
            Path file = overrideDirs.get(i).resolve(name);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    read(in, texts);
                } catch (IOException e) {
                    throw VitrineException.configuration("cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        return new Messages(language, texts);
    }

    private static void read(InputStream in, Map<String, String> into) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
    }

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    /** The message {@code key} with its parameters; {@code ??key_lang??} (logged once) when missing. */
    String get(String key, Object... args) {
        String text = getOrNull(key, args);
        return text != null ? text : absent(key);
    }

    /** The message, or null when no bundle has it (for optional labels with a fallback). */
    String getOrNull(String key, Object... args) {
        String text = texts.get(key);
        return text == null ? null : format(text, args);
    }

    private String format(String text, Object[] args) {
        if (args == null || args.length == 0) {
            return text;
        }
        try {
            return new MessageFormat(text, locale).format(args);
        } catch (IllegalArgumentException e) {
            log.warn("message {} is not a valid MessageFormat pattern: {}", text, e.getMessage());
            return text;
        }
    }

    private String absent(String key) {
        if (reported.add(key)) {
            log.warn("no message \"{}\" in {} (built-in or override)", key, bundle(language));
        }
        return "??" + key + "_" + language + "??";
    }

    // ---- IMessageResolver: #{key} in the templates

    @Override
    public String getName() {
        return "vitrine";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return getOrNull(key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        return absent(key);
    }
}
