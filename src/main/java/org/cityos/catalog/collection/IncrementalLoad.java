package org.cityos.catalog.collection;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityos.catalog.InformationItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;

/**
 * 增量: rows are COPYed into a temporary staging table (dropped at commit), then upserted by
 * key into the version's data table ({@code insert ... on conflict do update}, lineage
 * overwritten when the row changed) and rows marked {@code _delete} remove their key. Deleting a key the table does
 * not hold is not an error; the report counts the rows actually deleted.
 */
final class IncrementalLoad extends DataLoad {

	static final String STAGING = "catalog_staging";

	IncrementalLoad(JdbcClient jdbc, TableShape shape, String table, UUID deliveryId, Instant receivedAt) {
		super(jdbc, shape, table, deliveryId, receivedAt);
	}

	@Override
	void prepare() {
		jdbc.sql("drop table if exists pg_temp." + STAGING).update();
		jdbc.sql("create temporary table " + STAGING + " (" + shape.columnDefinitions(false)
				+ ", _row bigint not null, _delete boolean not null) on commit drop").update();
	}

	@Override
	String copySql() {
		return "copy " + STAGING + " (" + shape.columns() + ", _row, _delete) from stdin";
	}

	@Override
	long rejectDuplicates(TransactionStatus transaction) {
		return rejectDuplicatesIn(STAGING);
	}

	@Override
	Applied apply(long loadedRows) {
		String columns = shape.columns();
		String updates = shape.items().stream().filter(i -> !i.key())
			.map(i -> TableShape.quote(i.name()) + " = excluded." + TableShape.quote(i.name()))
			.collect(Collectors.joining(", "));
		List<String> nonKeys = shape.items().stream().filter(i -> !i.key()).map(i -> TableShape.quote(i.name())).toList();
		// A row delivered again unchanged is left alone: no write, and its lineage still names the
		// delivery that last changed it.
		String changed = nonKeys.isEmpty() ? "false"
				: "(" + prefixed("d.", nonKeys) + ") is distinct from (" + prefixed("excluded.", nonKeys) + ")";
		jdbc.sql("""
				insert into %s as d (%s, _delivery_id, _received_at, _row)
				select %s, :delivery, :received, _row from %s where not _delete
				on conflict (%s) do update set %s_delivery_id = excluded._delivery_id,
				    _received_at = excluded._received_at, _row = excluded._row
				where %s
				""".formatted(table, columns, columns, STAGING, shape.keyColumns(), updates.isEmpty() ? "" : updates + ", ",
					changed))
			.param("delivery", deliveryId)
			.param("received", Timestamp.from(receivedAt))
			.update();
		String matches = shape.keyItems().stream().map(InformationItem::name).map(TableShape::quote)
			.map(name -> "d." + name + " = s." + name).collect(Collectors.joining(" and "));
		long deleted = jdbc.sql("delete from " + table + " d using " + STAGING + " s where s._delete and " + matches)
			.update();
		return new Applied(loadedRows, deleted);
	}

	private static String prefixed(String prefix, List<String> columns) {
		return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
	}

	@Override
	void abandon() {
		jdbc.sql("drop table " + STAGING).update();
	}
}
