package org.cityos.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.cityos.platform.CopyTextRows;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading the current data of a resource, for modules that work on whole resources (the base
 * registries' comparison) and must not know the data tables. Rows are streamed through a
 * cursor (never held in memory) as maps from item name to value: text as {@link String},
 * dates as {@link java.time.LocalDate}, date-times as {@link java.time.Instant}, numbers as
 * {@link java.math.BigDecimal} or {@link Long}, empty as absent. Reads the resource's current
 * version only; items it does not have are refused (400).
 */
@Service
public class ResourceRecords {

	private static final int FETCH_SIZE = 10_000;

	private final Resources resources;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final DataSource dataSource;

	ResourceRecords(Resources resources, DataSource dataSource, PlatformTransactionManager transactions) {
		this.resources = resources;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Every current row of the resource, with the named items. */
	public void forEachRecord(ResourceCode code, List<String> items, Consumer<Map<String, Object>> action) {
		stream(code, items, "", new Object[0], action);
	}

	/**
	 * The current rows that the delivery wrote (or last changed): the keys an incremental
	 * delivery touched; for a full delivery every row. Deleted rows are gone and not seen here.
	 */
	public void forEachRecordOfDelivery(ResourceCode code, UUID deliveryId, List<String> items,
			Consumer<Map<String, Object>> action) {
		stream(code, items, " where _delivery_id = ?", new Object[] { deliveryId }, action);
	}

	/**
	 * The current rows whose {@code item} holds one of {@code values} (e.g. the vehicles of a list
	 * of owners' ID numbers), read in one scan however many values there are.
	 */
	public void forEachRecordWhereIn(ResourceCode code, String item, Collection<String> values, List<String> items,
			Consumer<Map<String, Object>> action) {
		requireItems(resources.currentVersion(code), code, List.of(item));
		if (values.isEmpty()) {
			return;
		}
		// one text parameter split in SQL: values are identifiers and never hold the unit separator
		stream(code, items, " where \"" + item + "\" = any(string_to_array(?, chr(31)))",
				new Object[] { String.join("\u001f", values) }, action);
	}

	/** The current rows without a value in {@code item}: older records lacking an ID number. */
	public void forEachRecordWithout(ResourceCode code, String item, List<String> items,
			Consumer<Map<String, Object>> action) {
		requireItems(resources.currentVersion(code), code, List.of(item));
		stream(code, items, " where \"" + item + "\" is null", new Object[0], action);
	}

	/**
	 * Every current row of the resource (or, with {@code deliveryId}, the rows that delivery wrote)
	 * as text, the chosen items in the order asked, null where empty: streamed by COPY … TO STDOUT
	 * without a map per row, for readers of whole resources that must be fast (a full comparison
	 * reads millions of rows). Text as stored, dates ISO {@code yyyy-MM-dd}, numbers as written,
	 * date-times in the database session's time zone. The caller's thread gets its own connection
	 * unless it runs in a transaction, so several resources may be read at once from several threads.
	 */
	public void forEachRecordAsText(ResourceCode code, List<String> items, @Nullable UUID deliveryId,
			Consumer<@Nullable String[]> action) {
		ResourceVersion version = resources.currentVersion(code);
		requireItems(version, code, items);
		String columns = items.stream().map(item -> '"' + item + '"').collect(Collectors.joining(", "));
		String sql = "copy (select " + columns + " from " + version.dataTable()
				+ (deliveryId == null ? "" : " where _delivery_id = '" + deliveryId + "'") + ") to stdout";
		CopyTextRows.read(dataSource, sql, items.size(), action);
	}

	/**
	 * A token that changes whenever the resource's current rows may have changed: another version
	 * (another data table) or any change in the set of its finished deliveries (every change of
	 * the rows is a delivery, incremental or full, and finishes in the transaction that wrote the
	 * rows; a retried delivery finishes again with another time). A reader that kept what it last
	 * read (the registry's stored source records) may skip reading it into storage again while the
	 * token stays the same. Take it before reading the rows: rows committed later change it.
	 */
	public String contentVersion(ResourceCode code) {
		ResourceVersion version = resources.currentVersion(code);
		// a digest of every finished delivery (id and finish time), not count and latest time: a retried
		// delivery leaves the count as it was and may finish before the latest one
		String deliveries = jdbc.queryForObject("""
				select count(*) || '/' || md5(coalesce(string_agg(id::text || '@' || finished_at::text, ',' order by id), ''))
				from catalog_delivery where resource_code = ? and finished_at is not null
				""", String.class, code.value());
		return version.dataTable() + '/' + deliveries;
	}

	private void stream(ResourceCode code, List<String> items, String where, Object[] arguments,
			Consumer<Map<String, Object>> action) {
		ResourceVersion version = resources.currentVersion(code);
		requireItems(version, code, items);
		String columns = items.stream().map(item -> '"' + item + '"').collect(Collectors.joining(", "));
		String sql = "select " + columns + " from " + version.dataTable() + where;
		// a cursor needs a transaction (autocommit off); inside the caller's one it is that one
		readOnly.executeWithoutResult(status -> jdbc.query(sql, (ResultSet rs) -> {
			ResultSetMetaData meta = rs.getMetaData();
			int count = meta.getColumnCount();
			Map<String, Object> record = new HashMap<>();
			for (int i = 1; i <= count; i++) {
				Object value = value(rs.getObject(i));
				if (value != null) {
					record.put(meta.getColumnLabel(i), value);
				}
			}
			action.accept(record);
		}, arguments));
	}

	private static void requireItems(ResourceVersion version, ResourceCode code, List<String> items) {
		Set<String> known = version.items().stream().map(InformationItem::name).collect(Collectors.toSet());
		for (String item : items) {
			if (!known.contains(item)) {
				throw InvalidInputException.ofField("items", "Resource " + code + " has no item '" + item + "'");
			}
		}
	}

	private static @Nullable Object value(@Nullable Object value) {
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return value == null ? null : value instanceof java.sql.Array || value instanceof org.postgresql.util.PGobject
				? value.toString() : value;
	}
}
