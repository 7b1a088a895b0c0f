package org.cityos.catalog.collection;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;

/**
 * How valid rows reach a version's data table, inside the delivery's transaction: rows are
 * COPYed into a table without constraints ({@link #copySql()}), rows sharing a key are then
 * found in SQL and rejected (so that memory does not grow with the batch), and finally the
 * rows are applied, or the load is abandoned and the data table stays untouched.
 * {@link FullLoad} replaces the table, {@link IncrementalLoad} upserts and deletes.
 */
abstract sealed class DataLoad permits FullLoad, IncrementalLoad {

	/** Reports keep this many characters of a duplicated key. */
	private static final int MAX_KEY_TEXT = 200;

	final JdbcClient jdbc;

	final TableShape shape;

	final String table;

	final UUID deliveryId;

	final Instant receivedAt;

	DataLoad(JdbcClient jdbc, TableShape shape, String table, UUID deliveryId, Instant receivedAt) {
		this.jdbc = jdbc;
		this.shape = shape;
		this.table = table;
		this.deliveryId = deliveryId;
		this.receivedAt = receivedAt;
	}

	/** What an applied load changed. */
	record Applied(long accepted, long deleted) {
	}

	/** Creates the table the rows are copied into. */
	abstract void prepare();

	/** The COPY statement the validated rows stream into. */
	abstract String copySql();

	/** Removes every row whose key occurs more than once, reporting each; answers how many. */
	abstract long rejectDuplicates(TransactionStatus transaction);

	/** Applies the {@code loadedRows} left after the duplicates were removed. */
	abstract Applied apply(long loadedRows);

	/** Leaves the data table as it was. */
	abstract void abandon();

	/**
	 * Reports and deletes the rows of {@code loaded} whose key occurs more than once. All sub-
	 * statements see the rows before the delete, so the report lists every one of them.
	 */
	long rejectDuplicatesIn(String loaded) {
		String keys = shape.keyColumns();
		String matches = shape.keyItems().stream()
			.map(i -> "l." + TableShape.quote(i.name()) + " = d." + TableShape.quote(i.name()))
			.collect(Collectors.joining(" and "));
		String keyText = shape.keyItems().stream().map(i -> "l." + TableShape.quote(i.name()) + "::text")
			.collect(Collectors.joining(", "));
		return jdbc.sql("""
				with duplicated as (
				    select %s, count(*) as occurrences from %s group by %s having count(*) > 1
				), reported as (
				    insert into catalog_delivery_rejection (delivery_id, row_number, item, code, reason, value)
				    select :delivery, l._row, :item, 'DUPLICATE_KEY',
				           'the key occurs ' || d.occurrences || ' times in this batch', left(concat_ws(' | ', %s), %d)
				    from %s l join duplicated d on %s
				)
				delete from %s l using duplicated d where %s
				""".formatted(keys, loaded, keys, keyText, MAX_KEY_TEXT, loaded, matches, loaded, matches))
			.param("delivery", deliveryId)
			.param("item", shape.keyItems().get(0).name())
			.update();
	}
}
