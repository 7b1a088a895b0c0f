package org.cityos.catalog.collection;

import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables holding delivered data, one per resource version:
 * {@code catalog_data_<code with _>_v<version>}, e.g. {@code catalog_data_101001_000001_v2}.
 * A version's table is created with the version (in the same transaction) and never altered:
 * new items mean a new version and a new table, so data delivered against an older version
 * stays readable as it was.
 */
@Component
public class DataTables {

	private final JdbcClient jdbc;

	DataTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Lower-case, digits and '_' only, at most 36 characters: safe in SQL without quoting. */
	public static String nameFor(ResourceCode code, int version) {
		return "catalog_data_" + code.value().replace('-', '_') + "_v" + version;
	}

	/** Creates the version's empty table, with its key and identifier indexes, in the caller's transaction. */
	public void create(ResourceVersion version) {
		for (String statement : new TableShape(version.items()).create(version.dataTable())) {
			jdbc.sql(statement).update();
		}
	}
}
