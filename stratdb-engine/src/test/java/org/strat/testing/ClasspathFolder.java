package org.strat.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A folder of the test classpath as a directory on disk. Another module's test resources (the revision scenarios,
 * the strat layer's revisions) arrive in a jar when Maven runs the build in one reactor; they are then copied once
 * per test run into a temporary directory, which the tests only read.
 */
public final class ClasspathFolder {

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private ClasspathFolder() {
    }

    public static Path of(String resource) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no folder " + resource + " on the test classpath");
        }
        if (!url.getProtocol().equals("jar")) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return EXTRACTED.computeIfAbsent(resource, name -> extract(url, name));
    }

    private static Path extract(URL url, String resource) {
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            Path target = Files.createTempDirectory("stratdb-test-resources");
            String prefix = resource.endsWith("/") ? resource : resource + "/";
            try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.getName().startsWith(prefix) || entry.isDirectory()) {
                        continue;
                    }
                    Path file = target.resolve(entry.getName().substring(prefix.length()));
                    Files.createDirectories(file.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
