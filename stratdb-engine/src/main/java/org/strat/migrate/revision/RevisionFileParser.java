package org.strat.migrate.revision;

import org.strat.migrate.sql.SqlStatements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of one revision file (format: docs/revision-format.md). */
public final class RevisionFileParser {

    private static final Pattern HEADER_LINE = Pattern.compile("^--\\s*([A-Za-z_]+)\\s*:(.*)$");
    private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Set<String> REQUIRED_KEYS = Set.of("revision", "down_revision", "message", "date");
    private static final Set<String> KNOWN_KEYS = Set.of("revision", "down_revision", "message", "date", "transactional",
            "earlier_checksums");
    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");
    private static final String UPGRADE_MARKER = "-- upgrade";
    private static final String DOWNGRADE_MARKER = "-- downgrade";

    private RevisionFileParser() {
    }

    /**
     * Where a revision file's parts are, as line indexes into its text split on newlines: the header ends before
     * {@code headerEnd}; the markers are -1 when missing. The one reading of the layout, which the linter uses for
     * line numbers and file-wide acknowledgements.
     */
    public record Layout(int headerEnd, int upgradeMarker, int downgradeMarker) {

        public static Layout of(String[] lines) {
            return new Layout(RevisionFileParser.headerEnd(lines), markerLine(lines, UPGRADE_MARKER),
                    markerLine(lines, DOWNGRADE_MARKER));
        }
    }

    /** The text a checksum is taken of: the file as read, with Windows line ends made Unix ones. */
    public static String normalise(String content) {
        return content.replace("\r\n", "\n");
    }

    /** Whether a {@code -- key: value} line names a header key (a misplaced one is reported by the linter). */
    public static boolean isHeaderLine(String line) {
        Matcher matcher = HEADER_LINE.matcher(line.strip());
        return matcher.matches() && KNOWN_KEYS.contains(matcher.group(1).toLowerCase());
    }

    public static RevisionFile parse(String fileName, String content) {
        String text = normalise(content);
        String[] lines = text.split("\n", -1);
        Layout layout = Layout.of(lines);
        Map<String, String> header = readHeader(fileName, lines, layout.headerEnd());
        int upgradeLine = layout.upgradeMarker();
        int downgradeLine = layout.downgradeMarker();
        if (upgradeLine < 0 || downgradeLine < 0 || downgradeLine < upgradeLine) {
            throw new MalformedRevisionFileException(fileName, "needs a \"" + UPGRADE_MARKER + "\" line followed by a \""
                    + DOWNGRADE_MARKER + "\" line, each on a line of its own (see docs/revision-format.md).");
        }
        List<String> upgrade = SqlStatements.split(join(lines, upgradeLine + 1, downgradeLine));
        List<String> downgrade = SqlStatements.split(join(lines, downgradeLine + 1, lines.length));
        String id = header.get("revision");
        if (!REVISION_ID.matcher(id).matches()) {
            throw new MalformedRevisionFileException(fileName, "revision id \"" + id
                    + "\" may only hold letters, digits, '_', '.' and '-'.");
        }
        return new RevisionFile(id, downRevisions(header.get("down_revision")), header.get("message"),
                header.get("date"), transactional(fileName, header.get("transactional")), upgrade, downgrade,
                checksum(text), fileName, text, earlierChecksums(fileName, header.get("earlier_checksums")));
    }

    private static List<String> earlierChecksums(String fileName, String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<String> checksums = Arrays.stream(value.split(",")).map(String::strip).toList();
        for (String checksum : checksums) {
            if (!CHECKSUM.matcher(checksum).matches()) {
                throw new MalformedRevisionFileException(fileName, "earlier_checksums holds \"" + checksum
                        + "\", which is not a SHA-256 checksum (64 lower-case hex digits, as stratdb_revision records them).");
            }
        }
        return checksums;
    }

    // The header is the "-- key: value" lines at the top (blank lines before the first are skipped).
    private static int headerEnd(String[] lines) {
        boolean seenKey = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() && !seenKey) {
                continue;
            }
            if (line.equals(UPGRADE_MARKER) || !HEADER_LINE.matcher(line).matches()) {
                return i;
            }
            seenKey = true;
        }
        return lines.length;
    }

    private static Map<String, String> readHeader(String fileName, String[] lines, int headerEnd) {
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = 0; i < headerEnd; i++) {
            String trimmed = lines[i].strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher matcher = HEADER_LINE.matcher(trimmed);
            matcher.matches();
            String key = matcher.group(1).toLowerCase();
            if (!KNOWN_KEYS.contains(key)) {
                throw new MalformedRevisionFileException(fileName, "unknown header key \"" + key + "\"; the keys are "
                        + String.join(", ", KNOWN_KEYS.stream().sorted().toList()) + ".");
            }
            if (header.put(key, matcher.group(2).strip()) != null) {
                throw new MalformedRevisionFileException(fileName, "header key \"" + key + "\" appears twice.");
            }
        }
        for (String key : REQUIRED_KEYS.stream().sorted().toList()) {
            if (!header.containsKey(key) || (header.get(key).isEmpty() && !key.equals("down_revision"))) {
                throw new MalformedRevisionFileException(fileName, "the header has no \"-- " + key
                        + ": ...\" line; a revision file starts with revision, down_revision, message and date.");
            }
        }
        return header;
    }

    private static int markerLine(String[] lines, String marker) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equalsIgnoreCase(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, to));
    }

    private static List<String> downRevisions(String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static boolean transactional(String fileName, String value) {
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new MalformedRevisionFileException(fileName, "\"transactional\" must be true or false, not \"" + value + "\".");
    }

    public static String checksum(String normalisedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
