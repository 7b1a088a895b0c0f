package org.cityos.platform.database;

import org.cityos.platform.CityOsProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one DataSource: an external PostgreSQL 14+ when {@code CITYOS_DB_URL} is set, otherwise the
 * embedded server under {@code CITYOS_DATA_DIR/postgres}. The pool depends on the server, so on
 * shutdown the pool closes first and the server stops after it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseHolder embeddedDatabase(CityOsProperties properties) {
		return new EmbeddedDatabaseHolder(
				properties.db().external() ? null : EmbeddedDatabase.start(properties.dataDir().resolve("postgres")));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(CityOsProperties properties, EmbeddedDatabaseHolder embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("cityos");
		config.setMaximumPoolSize(40);
		EmbeddedDatabase database = embedded.database();
		if (database != null) {
			config.setJdbcUrl(database.jdbcUrl());
			config.setUsername("postgres");
			config.setPassword("postgres");
		}
		else {
			config.setJdbcUrl(properties.db().url());
			config.setUsername(properties.db().user());
			config.setPassword(properties.db().password());
		}
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.addDataSourceProperty("ApplicationName", "cityos");
		return new HikariDataSource(config);
	}

	/** Holds the embedded server, or nothing when an external database is used. */
	record EmbeddedDatabaseHolder(@Nullable EmbeddedDatabase database) implements AutoCloseable {

		@Override
		public void close() {
			if (database != null) {
				database.close();
			}
		}
	}
}
