package org.cityos.catalog.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.exchange.RecordQuery.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@link RecordQuery} against a version's data table: one statement, the key items as
 * the order (so pages are stable), values bound as parameters and cast to the column's type so
 * that the key's primary-key index and the identifier indexes are used. Values come back in their
 * JSON form (dates and date-times as ISO text on the city's clock, geometries as JSON) with the
 * given masks applied.
 */
@Component
public class RecordReader {

	private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	/** Rows fetched per round trip while exporting; the cursor keeps memory flat. */
	static final int EXPORT_FETCH_SIZE = 1_000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final JsonMapper json;

	private final ZoneId zone;

	RecordReader(JdbcClient jdbc, DataSource dataSource, JsonMapper json, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.json = json;
		this.zone = calendar.zone();
	}

	/** A page of rows; {@code hasMore} tells whether another page follows, {@code total} is there if counted. */
	public record Rows(List<Map<String, @Nullable Object>> content, boolean hasMore, @Nullable Long total) {
	}

	/** The city's zone, in which date-times are shown and read. */
	public ZoneId zone() {
		return zone;
	}

	public Rows page(ResourceVersion version, RecordQuery query, Map<String, PersonalDataMask> masks) {
		MapSqlParameterSource parameters = parameters(query);
		String sql = "select " + columns(query.selected()) + " from " + table(version) + where(query) + " order by "
				+ keyColumns(version) + " limit :limit offset :offset";
		parameters.addValue("limit", query.size() + 1).addValue("offset", (long) query.page() * query.size());
		List<Map<String, @Nullable Object>> rows = jdbc.sql(sql).paramSource(parameters)
			.query((rs, n) -> row(rs, query.selected(), masks)).list();
		boolean hasMore = rows.size() > query.size();
		if (hasMore) {
			rows = new ArrayList<>(rows.subList(0, query.size()));
		}
		Long total = null;
		if (query.count()) {
			total = jdbc.sql("select count(*) from " + table(version) + where(query)).paramSource(parameters(query))
				.query(Long.class).single();
		}
		return new Rows(rows, hasMore, total);
	}

	/**
	 * Every matching row, in key order, through a cursor; must run inside a transaction (PostgreSQL
	 * only keeps a cursor open in one). Answers how many rows were passed to {@code sink}.
	 */
	public long stream(ResourceVersion version, RecordQuery query, Map<String, PersonalDataMask> masks,
			Consumer<Map<String, @Nullable Object>> sink) {
		String sql = "select " + columns(query.selected()) + " from " + table(version) + where(query) + " order by "
				+ keyColumns(version);
		long[] count = { 0 };
		streaming.query(sql, parameters(query), rs -> {
			sink.accept(row(rs, query.selected(), masks));
			count[0]++;
		});
		return count[0];
	}

	private Map<String, @Nullable Object> row(ResultSet rs, List<InformationItem> items, Map<String, PersonalDataMask> masks)
			throws SQLException {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			InformationItem item = items.get(i);
			Object value = value(rs, i + 1, item);
			PersonalDataMask mask = masks.get(item.name());
			row.put(item.name(), mask == null ? value : mask.apply(value));
		}
		return row;
	}

	private @Nullable Object value(ResultSet rs, int column, InformationItem item) throws SQLException {
		Object value = switch (item.type()) {
			case STRING -> rs.getString(column);
			case INTEGER -> rs.getLong(column);
			case DECIMAL -> rs.getBigDecimal(column);
			case DATE -> {
				LocalDate date = rs.getObject(column, LocalDate.class);
				yield date == null ? null : date.toString();
			}
			case DATETIME -> {
				OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
				yield at == null ? null
						: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZoneSameInstant(zone));
			}
			case BOOLEAN -> rs.getBoolean(column);
			case GEOMETRY -> {
				String text = rs.getString(column);
				yield text == null ? null : json.readTree(text);
			}
		};
		return rs.wasNull() ? null : value;
	}

	private static MapSqlParameterSource parameters(RecordQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		List<Condition> conditions = query.conditions();
		for (int i = 0; i < conditions.size(); i++) {
			parameters.addValue("p" + i, conditions.get(i).value());
		}
		return parameters;
	}

	private static String where(RecordQuery query) {
		List<Condition> conditions = query.conditions();
		if (conditions.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			Condition condition = conditions.get(i);
			parts.add(column(condition.item()) + " " + condition.operator().sql() + " cast(:p" + i + " as "
					+ condition.item().type().columnType() + ")");
		}
		return " where " + String.join(" and ", parts);
	}

	private static String columns(List<InformationItem> items) {
		return items.stream().map(RecordReader::column).collect(Collectors.joining(", "));
	}

	private static String keyColumns(ResourceVersion version) {
		return version.items().stream().filter(InformationItem::key).map(RecordReader::column)
			.collect(Collectors.joining(", "));
	}

	/** Item names match {@code [a-z][a-z0-9_]*} by construction; quoted anyway so that no name is a keyword. */
	private static String column(InformationItem item) {
		return '"' + item.name() + '"';
	}

	private static String table(ResourceVersion version) {
		if (!TABLE.matcher(version.dataTable()).matches()) {
			throw new IllegalStateException("Data table name of " + version.code() + " is not a plain name: "
					+ version.dataTable());
		}
		return version.dataTable();
	}
}
