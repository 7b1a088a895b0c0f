package org.cityos.registry.comparison;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 黄金记录: per key the authoritative value of each attribute, with the sources that agree since when. */
@Repository
public class GoldenRecords {

	private final JdbcClient jdbc;

	GoldenRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record GoldenValue(String attribute, String value, List<String> agreeingSources, Instant since) {
	}

	public List<GoldenValue> of(String registry, String key) {
		return jdbc.sql("""
				select attribute, value, agreeing_sources, since from registry_golden_value
				where registry = :r and key = :key order by attribute
				""").param("r", registry).param("key", key)
			.query((rs, row) -> new GoldenValue(rs.getString("attribute"), rs.getString("value"),
					sources(rs.getArray("agreeing_sources")), rs.getTimestamp("since").toInstant()))
			.list();
	}

	private static List<String> sources(Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
