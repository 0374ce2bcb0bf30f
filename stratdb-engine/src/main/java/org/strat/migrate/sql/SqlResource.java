package org.strat.migrate.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads runtime SQL kept next to the class that runs it: {@code <package>/<Class>/<name>.sql} on the classpath.
 *
 * <p>Thread-safe; texts are cached after the first read.
 */
public final class SqlResource {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlResource() {
    }

    public static String of(Class<?> owner, String name) {
        String path = owner.getName().replace('.', '/') + "/" + name + ".sql";
        return CACHE.computeIfAbsent(path, SqlResource::read);
    }

    private static String read(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + path + " (a packaging error)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + path, e);
        }
    }
}
