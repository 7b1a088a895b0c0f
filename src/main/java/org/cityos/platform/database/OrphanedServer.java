package org.cityos.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crashed CityOS leaves in its embedded database's directory, cleared before the next
 * start. PostgreSQL runs as a daemon of its own, so when the JVM is killed ({@code kill -9}, the
 * OOM killer) the server lives on, orphaned, and a new start would fail with "lock file
 * postmaster.pid already exists". A server is taken for such an orphan only when no CityOS holds
 * the directory's lock file (the JVM that held it is gone) and the process named in
 * {@code postmaster.pid} is a PostgreSQL working in this very directory; it is then shut down
 * (SIGTERM: its clients died with the JVM, so it checkpoints and exits; SIGKILL after a minute,
 * which PostgreSQL's crash recovery repairs at the next start). A {@code postmaster.pid} naming a
 * live process of ours that is no PostgreSQL at all (the PID was reused after a reboot or in a
 * container) is stale and removed, as PostgreSQL's documentation advises. After a power loss the
 * process is simply gone and PostgreSQL itself replaces the stale file.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	/** The lock file zonky's EmbeddedPostgres holds while it runs a server on the directory. */
	private static final String LOCK_FILE = "epg-lock";

	private OrphanedServer() {
	}

	static void clear(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new IllegalStateException("Another CityOS is using the data directory " + dataDir.toAbsolutePath());
			}
			// released when the channel closes, before EmbeddedPostgres takes it for itself
			Optional<ProcessHandle> named = postmaster(pidFile);
			if (named.isEmpty() || !named.get().isAlive()) {
				return;
			}
			ProcessHandle process = named.get();
			Optional<String> command = process.info().command();
			if (command.isPresent() && command.get().endsWith("postgres") && servesDirectory(process, dataDir)) {
				stop(process);
			}
			else if (command.isPresent() && !command.get().endsWith("postgres")) {
				log.warn("{} names process {} ({}), which is no PostgreSQL: the file is stale, removing it", pidFile,
						process.pid(), command.get());
				Files.deleteIfExists(pidFile);
			}
		}
	}

	private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		try {
			return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** PostgreSQL works in its data directory; else its {@code -D} argument says where. */
	private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
		try {
			Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
			if (Files.exists(workingDirectory)) {
				return Files.isSameFile(workingDirectory, dataDir);
			}
			String[] arguments = process.info().arguments().orElse(new String[0]);
			for (int i = 0; i + 1 < arguments.length; i++) {
				if (arguments[i].equals("-D")) {
					return Files.isSameFile(Path.of(arguments[i + 1]), dataDir);
				}
			}
			return false;
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
	}

	private static void stop(ProcessHandle postmaster) {
		log.warn("The embedded PostgreSQL (PID {}) outlived the CityOS that started it (was it killed?): stopping it before "
				+ "starting again", postmaster.pid());
		List<ProcessHandle> all = new ArrayList<>();
		all.add(postmaster);
		postmaster.descendants().forEach(all::add);
		postmaster.destroy();
		if (!awaitExit(postmaster, 60)) {
			log.warn("The orphaned PostgreSQL did not stop within 60 s; killing it (crash recovery follows at start)");
			all.forEach(ProcessHandle::destroyForcibly);
		}
		// its children too: a new server refuses to start while any still holds the old shared memory
		all.forEach(process -> awaitExit(process, 30));
	}

	private static boolean awaitExit(ProcessHandle process, int seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}
}
