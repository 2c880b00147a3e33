package dev.vitrine.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Copies the report's static files: every file under the built-in {@code assets/} folder on
 * the classpath (a folder when run from the build, entries of the jar otherwise), then each
 * override folder's {@code assets/} over them, the first override folder last so it wins.
 */
final class Assets {

    static final String DIR = "assets";

    private Assets() {}

    /** Where the assets come from: the built-in ones, then the override folders (the first wins). */
    record Source(ClassLoader loader, String builtInRoot, List<Path> overrideDirs) {
        void copyTo(Path site) {
            copy(loader, builtInRoot, overrideDirs, site);
        }
    }

    static void copy(ClassLoader loader, String builtInRoot, List<Path> overrideDirs, Path site) {
        Path target = site.resolve(DIR);
        try {
            Files.createDirectories(target);
            List<URL> builtIn = Collections.list(loader.getResources(builtInRoot + DIR));
            if (builtIn.isEmpty()) {
                // A jar packed without directory entries: find it through a file it holds.
                URL bundle = loader.getResource(builtInRoot + Messages.bundle("fr"));
                if (bundle != null && "jar".equals(bundle.getProtocol())) {
                    String spec = bundle.toString();
                    builtIn.add(new URL(spec.substring(0, spec.indexOf("!/") + 2) + builtInRoot + DIR));
                }
            }
            Collections.reverse(builtIn); // the first on the classpath wins, so it is copied last
            for (URL url : builtIn) {
                copyBuiltIn(url, builtInRoot + DIR + "/", target);
            }
            for (int i = overrideDirs.size() - 1; i >= 0; i--) {
                Path dir = overrideDirs.get(i).resolve(DIR);
                if (Files.isDirectory(dir)) {
                    copyTree(dir, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the report's assets into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyBuiltIn(URL url, String entryPrefix, Path target) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try {
                copyTree(Path.of(url.toURI()), target);
            } catch (URISyntaxException e) {
                throw new IOException("bad resource URL " + url, e);
            }
        } else if ("jar".equals(url.getProtocol())) {
            // Opened at the jar's root: a jar packed without directory entries has no "assets/" entry.
            String spec = url.toString();
            JarURLConnection connection = (JarURLConnection) new URL(spec.substring(0, spec.indexOf("!/") + 2))
                    .openConnection();
            connection.setUseCaches(false); // a JarFile of our own, closed below
            try (JarFile jar = connection.getJarFile()) {
                copyEntries(jar, entryPrefix, target);
            }
        } else {
            throw new IOException("cannot list the assets at " + url);
        }
    }

    static void copyEntries(JarFile jar, String entryPrefix, Path target) throws IOException {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(entryPrefix) || name.length() == entryPrefix.length()) {
                continue;
            }
            Path file = inside(target, name.substring(entryPrefix.length()));
            Files.createDirectories(file.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyTree(Path from, Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            Path to = inside(target, from.relativize(file).toString().replace('\\', '/'));
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // An entry named "../x" must not write outside the site.
    private static Path inside(Path target, String relative) throws IOException {
        Path file = target.resolve(relative).normalize();
        if (!file.startsWith(target.normalize())) {
            throw new IOException("asset path leaves the assets folder: " + relative);
        }
        return file;
    }
}
