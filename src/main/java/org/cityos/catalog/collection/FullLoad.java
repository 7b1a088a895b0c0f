package org.cityos.catalog.collection;

import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;

/**
 * 全量: the batch becomes the version's data. Rows are COPYed into a fresh table
 * ({@code <table>_load}, lineage filled by column defaults) without key or indexes; the key is
 * then added, which in the usual case of no duplicates is the duplicate check itself; the
 * identifier indexes are built in one pass each, and the fresh table takes the old one's name.
 * Readers see the old rows until the transaction commits; the swap holds an exclusive lock
 * only for the moments of dropping and renaming.
 */
final class FullLoad extends DataLoad {

	private final String loadTable;

	FullLoad(JdbcClient jdbc, TableShape shape, String table, UUID deliveryId, Instant receivedAt) {
		super(jdbc, shape, table, deliveryId, receivedAt);
		this.loadTable = table + "_load";
	}

	@Override
	void prepare() {
		jdbc.sql("drop table if exists " + loadTable).update();
		jdbc.sql("create table " + loadTable + " (" + shape.columnDefinitions(true) + ", _delivery_id uuid not null default '"
				+ deliveryId + "', _received_at timestamptz not null default '" + receivedAt + "', _row bigint not null)")
			.update();
	}

	@Override
	String copySql() {
		// FREEZE: the table is new in this transaction, so its rows can be written frozen and
		// readers need not rewrite every page to set hint bits after the load.
		return "copy " + loadTable + " (" + shape.columns() + ", _row) from stdin with (freeze)";
	}

	@Override
	long rejectDuplicates(TransactionStatus transaction) {
		Object savepoint = transaction.createSavepoint();
		try {
			jdbc.sql(shape.primaryKey(loadTable, loadTable + "_pkey")).update();
			transaction.releaseSavepoint(savepoint);
			return 0;
		}
		catch (DataIntegrityViolationException duplicates) {
			transaction.rollbackToSavepoint(savepoint);
		}
		long rejected = rejectDuplicatesIn(loadTable);
		jdbc.sql(shape.primaryKey(loadTable, loadTable + "_pkey")).update();
		return rejected;
	}

	@Override
	Applied apply(long loadedRows) {
		for (String index : shape.indexes(loadTable, loadTable)) {
			jdbc.sql(index).update();
		}
		jdbc.sql("alter table " + loadTable + " alter column _delivery_id drop default, alter column _received_at drop default")
			.update();
		jdbc.sql("drop table " + table).update();
		jdbc.sql("alter table " + loadTable + " rename to " + table).update();
		jdbc.sql("alter table " + table + " rename constraint " + loadTable + "_pkey to " + table + "_pkey").update();
		for (int item : shape.indexedItems()) {
			jdbc.sql("alter index " + TableShape.indexName(loadTable, item) + " rename to " + TableShape.indexName(table, item))
				.update();
		}
		jdbc.sql("analyze " + table).update();
		return new Applied(loadedRows, 0);
	}

	@Override
	void abandon() {
		jdbc.sql("drop table " + loadTable).update();
	}
}
