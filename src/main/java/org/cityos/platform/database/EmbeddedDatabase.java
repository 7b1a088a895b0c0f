package org.cityos.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server CityOS runs itself when no external database is configured. Real
 * PostgreSQL binaries (from Maven Central), data kept in {@code dataDir} across restarts, a free
 * port picked at start. Stopped by the Spring context on shutdown (also on Ctrl-C, through
 * Spring's shutdown hook) after the connection pool is closed, so PostgreSQL shuts down cleanly.
 * After a crash it comes up again: PostgreSQL recovers from its WAL (fsync and synchronous commit
 * are on), and a server that outlived a killed CityOS is stopped first ({@link OrphanedServer}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private final Path dataDir;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
		this.postgres = postgres;
		this.dataDir = dataDir;
	}

	public static EmbeddedDatabase start(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
			boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
			// a server left running by a CityOS that was killed would keep this one from starting
			OrphanedServer.clear(dataDir);
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				// Spring stops the server after closing the pool; a second hook would race it.
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// zonky's defaults are for throw-away test databases (fsync and synchronous commit off):
				// CityOS's embedded database holds real data and acknowledges only what is on disk
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("work_mem", "32MB")
				.setServerConfig("maintenance_work_mem", "256MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.start();
			log.info("Embedded PostgreSQL {} on port {} with data in {} ({} ms)", fresh ? "initialised and started" : "started",
					postgres.getPort(), dataDir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
			return new EmbeddedDatabase(postgres, dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
					+ " (is another CityOS using this data directory?)", ex);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
			log.info("Embedded PostgreSQL stopped cleanly ({})", dataDir.toAbsolutePath());
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}
}
