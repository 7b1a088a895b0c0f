package org.cityos.sensing.sta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.sensing.sta.EntityType.Kind;
import org.cityos.sensing.sta.EntityType.Navigation;
import org.cityos.sensing.sta.EntityType.Property;
import org.cityos.sensing.sta.query.Expression;
import org.cityos.sensing.sta.query.FilterEvaluation;
import org.cityos.sensing.sta.query.FilterSyntaxException;
import org.cityos.sensing.sta.query.QueryOptions;
import org.cityos.sensing.sta.query.QueryOptions.Order;
import org.cityos.sensing.sta.query.SqlFilter;
import org.cityos.sensing.sta.query.TimeInterval;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads entity sets with query options. The filter's top-level conditions that translate to SQL
 * go to PostgreSQL; the rest (geospatial functions) is evaluated in Java over at most
 * {@link #SCAN_LIMIT} rows the SQL part selected — beyond that the request is refused with advice
 * to narrow it, never answered partially. Paging reads one row more than asked to know whether a
 * next page exists.
 */
@Component
public class EntityReader {

	public static final int DEFAULT_TOP = 100;

	public static final int MAX_TOP = 10_000;

	static final int SCAN_LIMIT = 50_000;

	private static final String DATASTREAM_OBSERVATIONS = EntityType.DATASTREAM.navigation("Observations").orElseThrow().condition();

	private static final String NEWEST_ORDER = "t.phenomenon_time desc, t.id";

	/** Windows tried before a datastream's whole range: a day holds a minutely sensor's latest 100, a month an hourly one's. */
	private static final List<java.time.Duration> NEWEST_WINDOWS = List.of(java.time.Duration.ofDays(1), java.time.Duration.ofDays(32));

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final NewestObservations newest = new NewestObservations();

	EntityReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of rows, whether more follow, and the total when {@code $count} asked for it. */
	public record Page(List<EntityRow> rows, boolean more, @Nullable Long count) {
	}

	public Optional<EntityRow> byId(EntityType type, long id) {
		return jdbc.sql("select " + type.selectList() + " from " + type.table() + " t where t.id = :id").param("id", id)
			.query((rs, n) -> row(type, rs)).optional();
	}

	/** The rows of {@code type} matching {@code condition} (on alias {@code t}, parameters in {@code parameters}) and the options. */
	public Page query(EntityType type, String condition, Map<String, Object> parameters, QueryOptions options) {
		Map<String, Object> params = new HashMap<>(parameters);
		List<String> where = new ArrayList<>();
		where.add(condition);
		List<Expression> residual = new ArrayList<>();
		if (options.filter() != null) {
			for (Expression part : SqlFilter.conjuncts(options.filter())) {
				new SqlFilter(new EntityColumns(type), params, "f").translate(part)
					.ifPresentOrElse(where::add, () -> residual.add(part));
			}
		}
		StringBuilder order = new StringBuilder();
		for (Order o : options.orderBy()) {
			List<String> keys = new SqlFilter(new EntityColumns(type), params, "o").orderExpression(o.expression())
				.or(() -> geometryOrder(type, o.expression()))
				.orElseThrow(() -> new FilterSyntaxException("$orderby supports properties and SQL-able functions only"));
			for (String part : keys) {
				order.append(order.isEmpty() ? "" : ", ").append(part).append(o.descending() ? " desc" : " asc");
			}
		}
		order.append(order.isEmpty() ? "" : ", ").append("t.id");
		String whereSql = String.join(" and ", where);
		int top = Math.min(options.top() == null ? DEFAULT_TOP : options.top(), MAX_TOP);
		String select = "select " + type.selectList() + " from " + type.table() + " t where " + whereSql + " order by " + order;
		if (residual.isEmpty()) {
			List<EntityRow> rows = newestOfDatastream(type, condition, order.toString(), params)
				? newestFirst(type, whereSql, order.toString(), params, top + 1, options.skip())
				: jdbc.sql(select + " limit " + (top + 1) + " offset " + options.skip()).params(params)
					.query((rs, n) -> row(type, rs)).list();
			Long count = options.count()
					? jdbc.sql("select count(*) from " + type.table() + " t where " + whereSql).params(params).query(Long.class).single()
					: null;
			boolean more = rows.size() > top;
			return new Page(more ? rows.subList(0, top) : rows, more, count);
		}
		List<EntityRow> scanned = jdbc.sql(select + " limit " + (SCAN_LIMIT + 1)).params(params).query((rs, n) -> row(type, rs)).list();
		if (scanned.size() > SCAN_LIMIT) {
			throw new FilterSyntaxException("This $filter is evaluated row by row and would scan more than " + SCAN_LIMIT
					+ " entities; add a condition PostgreSQL can use (a time range, a datastream, a name)");
		}
		Map<String, Optional<EntityRow>> related = new HashMap<>();
		List<EntityRow> matching = scanned.stream()
			.filter(row -> residual.stream().allMatch(part -> new FilterEvaluation(path -> value(row, path, related)).test(part)))
			.toList();
		int from = Math.min(options.skip(), matching.size());
		int to = (int) Math.min((long) from + top, matching.size());
		return new Page(matching.subList(from, to), to < matching.size(), options.count() ? (long) matching.size() : null);
	}

	/**
	 * {@code Datastreams(id)/Observations?$orderby=phenomenonTime desc}: the charts' and dashboards' "latest N". Without a
	 * time condition PostgreSQL plans and probes every monthly partition (planning them costs more than the read); with
	 * a recent window it plans only the partitions the window touches.
	 */
	private static boolean newestOfDatastream(EntityType type, String condition, String order, Map<String, Object> params) {
		return type == EntityType.OBSERVATION && condition.equals(DATASTREAM_OBSERVATIONS) && params.get("pid") instanceof Long
				&& order.startsWith("t.phenomenon_time desc");
	}

	/** What the writer keeps on a datastream's row about its observations. */
	private record Stored(@Nullable OffsetDateTime start, @Nullable OffsetDateTime end, @Nullable Long version) {
	}

	/** The newest page of a datastream's observations: from memory when it can be, else read in windows. */
	private List<EntityRow> newestFirst(EntityType type, String whereSql, String order, Map<String, Object> params, int limit,
			int skip) {
		long datastream = (Long) params.get("pid");
		Stored stored = jdbc.sql("select phenomenon_time_start, phenomenon_time_end, observations_version from sensing_datastream where id = :id")
			.param("id", datastream)
			.query((rs, n) -> new Stored(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class), rs.getLong(3)))
			.optional().orElse(new Stored(null, null, null));
		// the plain "latest N" (no $filter): answered from memory while the datastream's observations are unchanged
		boolean keepable = whereSql.equals(DATASTREAM_OBSERVATIONS) && order.equals(NEWEST_ORDER) && stored.version() != null
				&& (long) skip + limit <= NewestObservations.ROWS;
		if (!keepable) {
			return newestRead(type, whereSql, order, params, stored, limit, skip);
		}
		List<EntityRow> kept = newest.page(datastream, stored.version(), limit, skip);
		if (kept != null) {
			return kept;
		}
		List<EntityRow> rows = newestRead(type, whereSql, order, params, stored, NewestObservations.ROWS, 0);
		newest.keep(datastream, stored.version(), rows, NewestObservations.ROWS);
		return rows.subList(Math.min(skip, rows.size()), Math.min(skip + limit, rows.size()));
	}

	/**
	 * The page read in windows reaching back from the datastream's newest phenomenon time (kept by the writer): a window
	 * ({@code phenomenon_time >= start}) that yields the whole page with its offset answers exactly as the unbounded query
	 * would, since every row outside it is older than every row inside — whatever the stored range says. Otherwise a wider
	 * window, and last the unbounded query.
	 */
	private List<EntityRow> newestRead(EntityType type, String whereSql, String order, Map<String, Object> params,
			Stored stored, int limit, int skip) {
		String select = "select " + type.selectList() + " from " + type.table() + " t where " + whereSql;
		String page = " order by " + order + " limit " + limit + " offset " + skip;
		if (stored.start() != null && stored.end() != null) {
			Map<String, Object> bounded = new HashMap<>(params);
			for (java.time.Duration window : NEWEST_WINDOWS) {
				OffsetDateTime windowStart = stored.end().minus(window);
				if (!windowStart.isAfter(stored.start())) {
					break; // the window would hold the whole range: the plain query reads no more
				}
				bounded.put("windowStart", windowStart);
				List<EntityRow> rows = jdbc.sql(select + " and t.phenomenon_time >= :windowStart" + page).params(bounded)
					.query((rs, n) -> row(type, rs)).list();
				if (rows.size() == limit) {
					return rows;
				}
			}
		}
		return jdbc.sql(select + page).params(params).query((rs, n) -> row(type, rs)).list();
	}

	/** A property path's value as the Java evaluation reads it; to-one paths load the related entity. */
	@Nullable Object value(EntityRow row, List<String> path, Map<String, Optional<EntityRow>> related) {
		String first = path.get(0);
		if (path.size() == 1 && (first.equals("id") || first.equals("@iot.id"))) {
			return row.id();
		}
		Optional<Property> property = row.type().property(first);
		if (property.isPresent()) {
			Object value = row.values().get(first);
			return switch (property.get().kind()) {
				case GEOJSON -> GeoJson.geometry((JsonNode) value);
				case INTERVAL -> {
					Instant[] interval = (Instant[]) value;
					yield interval == null ? null : interval[1] == null ? interval[0] : new TimeInterval(interval[0], interval[1]);
				}
				case JSON -> scalar(walk((JsonNode) value, path.subList(1, path.size())));
				case RESULT -> value instanceof JsonNode node ? scalar(walk(node, path.subList(1, path.size()))) : value;
				default -> value;
			};
		}
		Optional<Navigation> navigation = row.type().navigation(first);
		if (navigation.isPresent() && !navigation.get().toMany() && path.size() > 1) {
			Long id = row.foreignKeys().get(navigation.get().foreignKey());
			if (id == null) {
				return null;
			}
			Optional<EntityRow> target = related.computeIfAbsent(navigation.get().target() + ":" + id,
					key -> byId(navigation.get().target(), id));
			return target.map(t -> value(t, path.subList(1, path.size()), related)).orElse(null);
		}
		return null;
	}

	private static @Nullable JsonNode walk(@Nullable JsonNode node, List<String> path) {
		JsonNode current = node;
		for (String segment : path) {
			if (current == null) {
				return null;
			}
			current = segment.matches("\\[\\d+\\]") ? current.get(Integer.parseInt(segment.substring(1, segment.length() - 1)))
					: current.get(segment);
		}
		return current;
	}

	private static @Nullable Object scalar(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		if (node.isNumber()) {
			return node.asDouble();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isString()) {
			return node.asString();
		}
		Object geometry = GeoJson.geometry(node);
		return geometry != null ? geometry : node.toString();
	}

	EntityRow row(EntityType type, ResultSet rs) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Property p : type.properties()) {
			values.put(p.name(), switch (p.kind()) {
				case TEXT -> rs.getString(p.column());
				case JSON, GEOJSON -> parse(rs.getString(p.column()));
				case TIME -> instant(rs, p.column());
				case INTERVAL -> {
					Instant start = instant(rs, p.column());
					yield start == null ? null : new Instant[] { start, instant(rs, p.endColumn()) };
				}
				case RESULT -> {
					double number = rs.getDouble(p.column());
					yield rs.wasNull() ? parse(rs.getString(p.endColumn())) : (Object) number;
				}
			});
		}
		Map<String, Long> keys = new HashMap<>();
		for (Navigation n : type.navigations()) {
			if (!n.toMany()) {
				long key = rs.getLong(n.foreignKey());
				keys.put(n.foreignKey(), rs.wasNull() ? null : key);
			}
		}
		return new EntityRow(type, rs.getLong("id"), values, keys);
	}

	private @Nullable JsonNode parse(@Nullable String text) {
		return text == null ? null : json.readTree(text);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static Kind kindOf(EntityType type, String property) {
		return type.property(property).map(Property::kind).orElseThrow();
	}

	/**
	 * {@code $orderby=location} (or {@code feature}, {@code observedArea}): geometries have no natural
	 * order, but a client may name any property (SensorThings 1.1 §9.3.3.2, the conformance suite
	 * orders Locations by {@code location}); their GeoJSON text gives a stable, deterministic order.
	 */
	private static Optional<List<String>> geometryOrder(EntityType type, Expression expression) {
		if (expression instanceof Expression.Path path && path.segments().size() == 1) {
			return type.property(path.segments().get(0)).filter(p -> p.kind() == Kind.GEOJSON)
				.map(p -> List.of("cast(t." + p.column() + " as text) collate \"C\""));
		}
		return Optional.empty();
	}
}
