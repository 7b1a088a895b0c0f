package org.cityos.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityos.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored divisions ({@code geography_division}); polygons travel as WKB. */
@Repository
class Divisions {

	private static final String COLUMNS = """
			code, name, parent_code, geometry, centroid_lon, centroid_lat, area_m2, imported_at""";

	private static final String LEVEL_ORDER = """
			case level when 'DISTRICT' then 1 when 'STREET' then 2 when 'COMMUNITY' then 3 else 4 end""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	private final GeometryFactory factory = new GeometryFactory();

	Divisions(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	List<Division> findAll() {
		return jdbc.sql("select " + COLUMNS + " from geography_division order by code").query(this::division).list();
	}

	Optional<Division> findByCode(DivisionCode code) {
		return jdbc.sql("select " + COLUMNS + " from geography_division where code = :code")
			.param("code", code.value())
			.query(this::division)
			.optional();
	}

	/** Of the given codes, those on the map. */
	Set<DivisionCode> existing(Collection<DivisionCode> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select code from geography_division where code in (:codes)")
			.param("codes", codes.stream().map(DivisionCode::value).toList())
			.query((row, number) -> new DivisionCode(row.getString("code")))
			.list());
	}

	/** How many divisions of each level lie inside {@code code} (its code is their prefix). */
	Map<DivisionLevel, Integer> countContained(DivisionCode code) {
		Map<DivisionLevel, Integer> counts = new EnumMap<>(DivisionLevel.class);
		jdbc.sql("""
				select level, count(*) as contained from geography_division
				where starts_with(code, :code) and code <> :code
				group by level""")
			.param("code", code.value())
			.query(row -> {
				counts.put(DivisionLevel.valueOf(row.getString("level")), row.getInt("contained"));
			});
		return counts;
	}

	/**
	 * Divisions whose code starts with {@code text} or whose name contains it, coarse levels
	 * first. No LIKE patterns, so {@code %} and {@code _} in the text match themselves.
	 */
	List<DivisionSummary> search(String text, @Nullable DivisionLevel level, int limit) {
		String sql = "select code, name, parent_code from geography_division where "
				+ (text.isEmpty() ? "true" : "(starts_with(code, :text) or strpos(name, :text) > 0)")
				+ (level == null ? "" : " and level = :level")
				+ " order by " + LEVEL_ORDER + ", code limit :limit";
		var statement = jdbc.sql(sql).param("limit", limit);
		if (!text.isEmpty()) {
			statement = statement.param("text", text);
		}
		if (level != null) {
			statement = statement.param("level", level.name());
		}
		return statement.query((row, number) -> new DivisionSummary(new DivisionCode(row.getString("code")),
				row.getString("name"), code(row.getString("parent_code")))).list();
	}

	MapVersion version() {
		return jdbc.sql("select count(*) as divisions, max(imported_at) as last_import from geography_division")
			.query((row, number) -> new MapVersion(row.getLong("divisions"), instant(row, "last_import")))
			.single();
	}

	/** Serialises imports (reads go on): call inside the import's transaction. */
	void lockForImport() {
		jdbc.sql("lock table geography_division in exclusive mode").update();
	}

	void deleteAll() {
		jdbc.sql("delete from geography_division").update();
	}

	/**
	 * Inserts or updates the divisions. A JDBC batch rather than JdbcClient's one statement
	 * per call: a city map is thousands of rows written in one transaction.
	 */
	void upsert(List<Division> divisions) {
		WKBWriter wkb = new WKBWriter();
		SqlParameterSource[] rows = divisions.stream().map(division -> {
			Envelope envelope = division.geometry().getEnvelopeInternal();
			return new MapSqlParameterSource()
				.addValue("code", division.code().value())
				.addValue("level", division.level().name())
				.addValue("name", division.name())
				.addValue("parentCode", division.parentCode() == null ? null : division.parentCode().value())
				.addValue("geometry", wkb.write(division.geometry()))
				.addValue("centroidLon", division.centroid().lon())
				.addValue("centroidLat", division.centroid().lat())
				.addValue("area", division.areaSquareMetres())
				.addValue("minLon", envelope.getMinX())
				.addValue("minLat", envelope.getMinY())
				.addValue("maxLon", envelope.getMaxX())
				.addValue("maxLat", envelope.getMaxY())
				.addValue("importedAt", OffsetDateTime.ofInstant(division.importedAt(), ZoneOffset.UTC));
		}).toArray(SqlParameterSource[]::new);
		batch.batchUpdate("""
				insert into geography_division (code, level, name, parent_code, geometry, centroid_lon, centroid_lat,
				                                area_m2, min_lon, min_lat, max_lon, max_lat, imported_at)
				values (:code, :level, :name, :parentCode, :geometry, :centroidLon, :centroidLat,
				        :area, :minLon, :minLat, :maxLon, :maxLat, :importedAt)
				on conflict (code) do update set
				    name = excluded.name, geometry = excluded.geometry,
				    centroid_lon = excluded.centroid_lon, centroid_lat = excluded.centroid_lat,
				    area_m2 = excluded.area_m2, min_lon = excluded.min_lon, min_lat = excluded.min_lat,
				    max_lon = excluded.max_lon, max_lat = excluded.max_lat, imported_at = excluded.imported_at""",
				rows);
	}

	private Division division(ResultSet row, int number) throws SQLException {
		Geometry geometry;
		try {
			geometry = new WKBReader(factory).read(row.getBytes("geometry"));
		}
		catch (ParseException e) {
			throw new SQLException("unreadable geometry of division " + row.getString("code"), e);
		}
		Instant importedAt = instant(row, "imported_at");
		return new Division(new DivisionCode(row.getString("code")), row.getString("name"),
				code(row.getString("parent_code")), geometry,
				new GeoPoint(row.getDouble("centroid_lon"), row.getDouble("centroid_lat")), row.getDouble("area_m2"),
				importedAt == null ? Instant.EPOCH : importedAt);
	}

	private static @Nullable DivisionCode code(@Nullable String value) {
		return value == null ? null : new DivisionCode(value);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
