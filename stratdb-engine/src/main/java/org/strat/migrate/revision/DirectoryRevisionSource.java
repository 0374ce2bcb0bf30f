package org.strat.migrate.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Revision files in one directory of the file system. */
final class DirectoryRevisionSource implements RevisionSource {

    private final Path directory;

    DirectoryRevisionSource(Path directory) {
        this.directory = directory;
    }

    @Override
    public List<RevisionFile> load() {
        if (!Files.isDirectory(directory)) {
            throw new RevisionSourceException("The revisions directory " + directory
                    + " does not exist. Point STRAT_REVISIONS_DIR or --revisions-dir at the folder of revision files.");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .map(DirectoryRevisionSource::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static RevisionFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RevisionSourceException("Cannot read revision file " + path + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Check that it exists and that this user may read it.");
        }
        return RevisionFileParser.parse(path.getFileName().toString(), utf8(path, bytes));
    }

    /** The file's text; a file in another encoding is named as such, with the line of its first foreign byte. */
    private static String utf8(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new MalformedRevisionFileException(path.getFileName().toString(), "is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " on line " + line + "; Latin-1 or Windows-1252?)."
                    + " Revision files are read as UTF-8: save it as UTF-8, then run the command again");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public Path directory() {
        return directory;
    }
}
