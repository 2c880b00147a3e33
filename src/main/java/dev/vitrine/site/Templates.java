package dev.vitrine.site;

import dev.vitrine.model.VitrineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf engine of one rendering. A template name ({@code pages/overview},
 * {@code layout}, {@code fragments/nav}) is looked up in each override folder in turn, then
 * in the built-in templates on the classpath: a file at the same path replaces the built-in
 * one, pages and fragments alike, and everything else falls back.
 */
final class Templates {

    static final String SUFFIX = ".html";

    private final TemplateEngine engine;
    private final List<Path> overrideDirs;
    private final String builtInRoot;

    /**
     * @param builtInRoot  classpath folder of the built-in templates, ending with "/"
     *                     ({@code site-templates/})
     * @param overrideDirs folders searched first, the first one winning
     */
    Templates(ClassLoader loader, String builtInRoot, List<Path> overrideDirs, Messages messages) {
        this.overrideDirs = List.copyOf(overrideDirs);
        this.builtInRoot = builtInRoot;
        engine = new TemplateEngine();
        int order = 1;
        for (Path dir : this.overrideDirs) {
            FileTemplateResolver files = new FileTemplateResolver();
            files.setPrefix(dir.toAbsolutePath().normalize() + "/");
            configure(files, order++);
            engine.addTemplateResolver(files);
        }
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(loader);
        builtIn.setPrefix(builtInRoot);
        configure(builtIn, order);
        engine.addTemplateResolver(builtIn);
        engine.setMessageResolver(messages);
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, int order) {
        resolver.setSuffix(SUFFIX);
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
    }

    /**
     * Renders {@code template} with {@code variables} into {@code file}. A template that is
     * missing or fails becomes a configuration error naming the template file.
     */
    void render(String template, Map<String, Object> variables, Locale locale, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            engine.process(template, new Context(locale, variables), out);
        } catch (TemplateEngineException e) {
            throw failure(template, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private VitrineException failure(String template, TemplateEngineException e) {
        String name = template;
        String message = e.getMessage();
        // The deepest template exception names the file that really failed (a fragment, the layout).
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException p && p.hasTemplateName()) {
                name = p.getTemplateName();
                message = p.getMessage();
            }
        }
        return new VitrineException(VitrineException.Kind.CONFIGURATION,
                "template " + fileOf(name) + " failed: " + firstLine(message), e);
    }

    /** Where a template name is read from: the first override folder that has it, else the built-in one. */
    String fileOf(String name) {
        String relative = name.endsWith(SUFFIX) ? name : name + SUFFIX;
        for (Path dir : overrideDirs) {
            Path file = dir.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file.toString();
            }
        }
        // An absolute name (a resolver prefix) is already a file name.
        if (name.startsWith("/") || name.startsWith(builtInRoot)) {
            return name;
        }
        return builtInRoot + relative;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 500 ? line.substring(0, 499) + "…" : line;
    }
}
