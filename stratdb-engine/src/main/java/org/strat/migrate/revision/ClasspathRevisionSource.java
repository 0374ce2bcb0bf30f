package org.strat.migrate.revision;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Revision files packaged under a classpath folder, in a jar or in a build's classes directory.
 *
 * <p>Classpath folders cannot be listed through the class loader, so the folder's URL is opened as what it
 * is: a jar to enumerate, or a directory to list.
 */
final class ClasspathRevisionSource implements RevisionSource {

    private final String location;

    ClasspathRevisionSource(String location) {
        this.location = location;
    }

    @Override
    public List<RevisionFile> load() {
        URL url = ClasspathRevisionSource.class.getClassLoader().getResource(location);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("file")) {
                return new DirectoryRevisionSource(Path.of(url.toURI())).load();
            }
            if (url.getProtocol().equals("jar")) {
                return fromJar(url);
            }
        } catch (IOException | URISyntaxException e) {
            throw new RevisionSourceException("Cannot read the packaged revisions at " + url + ": " + e.getMessage());
        }
        throw new RevisionSourceException("Cannot list revisions packaged at " + url
                + ". Set STRAT_REVISIONS_DIR to a directory of revision files instead.");
    }

    private List<RevisionFile> fromJar(URL url) throws IOException, URISyntaxException {
        String spec = url.getPath();
        Path jarPath = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
        List<RevisionFile> files = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(location + "/") && name.endsWith(".sql") && name.indexOf('/', location.length() + 1) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String fileName = name.substring(location.length() + 1);
                        files.add(RevisionFileParser.parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        files.sort((a, b) -> a.fileName().compareTo(b.fileName()));
        return files;
    }

    @Override
    public String describe() {
        return "classpath:" + location;
    }

    @Override
    public Path directory() {
        return null;
    }
}
