package org.strat.migrate.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's password file (PGPASSFILE, else ~/.pgpass): lines {@code hostname:port:database:username:password},
 * each of the first four a literal or {@code *}; '\' escapes ':' and '\'; the first matching line wins; lines
 * starting with '#' are comments. As libpq does, a file that group or others may read or write is ignored
 * (PostgreSQL documentation, "The Password File").
 */
public final class PgPassFile {

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;

    PgPassFile(Path file) {
        this.file = file;
    }

    /** The password for these connection values, or empty when the file is absent, unsafe or has no match. */
    Optional<String> password(String host, String port, String database, String user) {
        if (!Files.isRegularFile(file) || !privateToItsOwner()) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        String[] wanted = {host, port, database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() >= 5 && matches(fields, wanted)) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private boolean privateToItsOwner() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream().noneMatch(GROUP_OR_OTHER::contains);
        } catch (UnsupportedOperationException e) {
            return true; // not a POSIX file system (Windows): libpq makes no check there either
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean matches(List<String> fields, String[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (!fields.get(i).equals("*") && !fields.get(i).equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** Splits on unescaped ':'; the password is everything after the fourth, unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** One line for this file that matches any connection as {@code user}, with the value escaped. */
    public static String anyConnectionLine(String user, String password) {
        return "*:*:*:" + escape(user) + ":" + escape(password);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:");
    }
}
