package org.cityos.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings a city's operator sets, each also readable from an environment variable
 * ({@code CITYOS_DATA_DIR}, {@code CITYOS_DB_URL}, {@code CITYOS_DEMO}, ...) through Spring's
 * relaxed binding.
 *
 * @param dataDir where CityOS keeps its files; the embedded database lives in {@code dataDir/postgres}
 * @param db an external PostgreSQL; when its url is empty CityOS starts an embedded one
 * @param demo whether an empty database is filled with the demo city; when not set, on for the embedded
 *        database and off for an external one (a production database never gets known passwords by default)
 * @param tileUrl an optional map tile server URL template; the map draws the city's own GeoJSON without it
 */
@ConfigurationProperties("cityos")
public record CityOsProperties(Path dataDir, Db db, @Nullable Boolean demo, @Nullable String tileUrl) {

	public CityOsProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		db = db == null ? new Db(null, null, null) : db;
		tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl;
	}

	/** Whether this is the demo city: as set, or when not set, only on the embedded database. */
	public boolean demoMode() {
		return demo != null ? demo : !db.external();
	}

	public record Db(@Nullable String url, @Nullable String user, @Nullable String password) {

		public boolean external() {
			return url != null && !url.isBlank();
		}
	}
}
