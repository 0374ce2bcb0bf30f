package org.strat.cli.embedded;

import org.strat.migrate.connect.InvalidSettingsException;
import org.strat.migrate.connect.UnableToConnectException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * How stratdb commands share one embedded server, with operating-system file locks in its home, which the kernel
 * releases when a process dies however it dies (kill -9 included), so no lock ever outlives its command:
 * <ul>
 *   <li>{@code users.lock}, shared: held by every command using the server. Whoever can take it exclusively knows
 *       nobody else uses the server, and only then stops it.</li>
 *   <li>{@code server.lock}, exclusive: held while the server is created, started or stopped.</li>
 * </ul>
 * A JVM may hold only one lock on a file, so the commands of one JVM (tests) share one shared lock, counted here.
 */
final class HomeLocks {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration QUIET_WAIT = Duration.ofMillis(500);
    private static final Map<Path, JvmUsers> USERS = new HashMap<>();
    private static final Map<Path, ReentrantLock> TRANSITIONS = new HashMap<>();

    private HomeLocks() {
    }

    /** Held while a command uses the server; closing it says whether this was the last user in this JVM. */
    interface Use extends AutoCloseable {
        @Override
        void close();
    }

    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private static final class JvmUsers {
        int count;
        boolean exclusive;
        FileChannel channel;
    }

    static Use use(Path home, Duration bound, Consumer<String> notices, String waitingFor) {
        Path path = home.resolve("users.lock").toAbsolutePath();
        long start = System.nanoTime();
        boolean told = false;
        while (!tryUse(path)) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(bound) > 0) {
                throw timedOut(waitingFor, bound);
            }
            if (!told && waited.compareTo(QUIET_WAIT) > 0) {
                notices.accept("Waiting for " + waitingFor + " (up to " + bound.toSeconds() + " s)...");
                told = true;
            }
            sleep(POLL);
        }
        return () -> release(path);
    }

    private static boolean tryUse(Path path) {
        synchronized (USERS) {
            JvmUsers users = USERS.get(path);
            if (users != null && users.exclusive) {
                return false;
            }
            if (users != null) {
                users.count++;
                return true;
            }
            FileChannel channel = open(path);
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                if (lock == null) {
                    closeQuietly(channel);
                    return false;
                }
                JvmUsers first = new JvmUsers();
                first.channel = channel;
                first.count = 1;
                USERS.put(path, first);
                return true;
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UnableToConnectException("Cannot lock " + path + " for the embedded database: " + e.getMessage(), e);
            }
        }
    }

    private static void release(Path path) {
        synchronized (USERS) {
            JvmUsers users = USERS.get(path);
            if (users == null || users.exclusive || users.count == 0) {
                return;
            }
            if (--users.count == 0) {
                closeQuietly(users.channel);
                USERS.remove(path);
            }
        }
    }

    /** Every user's lock, if no other command (in this JVM or any other) uses the server now; else null. */
    static Held tryAlone(Path home) {
        Path path = home.resolve("users.lock").toAbsolutePath();
        synchronized (USERS) {
            if (USERS.containsKey(path)) {
                return null;
            }
            FileChannel channel = open(path);
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
                if (lock == null) {
                    closeQuietly(channel);
                    return null;
                }
                JvmUsers alone = new JvmUsers();
                alone.exclusive = true; // keeps this JVM's other commands out until released
                USERS.put(path, alone);
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly(channel);
                return null;
            }
            return () -> {
                synchronized (USERS) {
                    USERS.remove(path);
                    closeQuietly(channel);
                }
            };
        }
    }

    /** Waits (bounded) until no other command uses the server, then holds every user's lock. */
    static Held alone(Path home, Duration bound, Consumer<String> notices, String waitingFor) {
        long deadline = System.nanoTime() + bound.toNanos();
        boolean told = false;
        while (true) {
            Held held = tryAlone(home);
            if (held != null) {
                return held;
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            if (!told) {
                notices.accept("Waiting for " + waitingFor + " (up to " + bound.toSeconds() + " s)...");
                told = true;
            }
            sleep(POLL);
        }
    }

    /** The server lock, for creating, starting or stopping the server. */
    static Held transition(Path home, Duration bound, Consumer<String> notices, String waitingFor) {
        Path path = home.resolve("server.lock").toAbsolutePath();
        ReentrantLock inJvm;
        synchronized (TRANSITIONS) {
            inJvm = TRANSITIONS.computeIfAbsent(path, key -> new ReentrantLock());
        }
        try {
            if (!inJvm.tryLock(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw timedOut(waitingFor, bound);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timedOut(waitingFor, bound);
        }
        FileChannel channel;
        try {
            channel = open(path);
            acquire(channel, false, bound, notices, waitingFor);
        } catch (RuntimeException e) {
            inJvm.unlock();
            throw e;
        }
        return () -> {
            closeQuietly(channel);
            inJvm.unlock();
        };
    }

    private static FileLock acquire(FileChannel channel, boolean shared, Duration bound, Consumer<String> notices,
                                    String waitingFor) {
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                if (lock != null) {
                    return lock;
                }
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UnableToConnectException("Cannot lock " + channel + " for the embedded database: " + e.getMessage(), e);
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(bound) > 0) {
                closeQuietly(channel);
                throw timedOut(waitingFor, bound);
            }
            if (!told && waited.compareTo(QUIET_WAIT) > 0) {
                notices.accept("Waiting for " + waitingFor + " (up to " + bound.toSeconds() + " s)...");
                told = true;
            }
            sleep(POLL);
        }
    }

    private static UnableToConnectException timedOut(String waitingFor, Duration bound) {
        return new UnableToConnectException("Gave up after " + bound.toSeconds() + " s waiting for " + waitingFor
                + ". Retry when it has finished (stratdb db status shows the server).", null);
    }

    private static FileChannel open(Path path) {
        try {
            return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot open " + path + " (" + e.getClass().getSimpleName()
                    + "). Check the permissions of " + path.getParent() + ", set " + StratHome.DIRECTORY_VARIABLE
                    + ", or give --url.");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing releases the lock; nothing else to do
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnableToConnectException("Interrupted while waiting for the embedded database.", e);
        }
    }
}
