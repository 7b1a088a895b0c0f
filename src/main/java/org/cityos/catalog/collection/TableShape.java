package org.cityos.catalog.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;

/**
 * The DDL of a version's data table, in one place for the table created with the version and
 * the replacement a full delivery loads: a column per item (quoted, so that an item may be
 * called {@code order}), {@code not null} for required items, byte order for codes, the lineage columns, a primary
 * key on the key items in item order, and a btree index on each identifier item that the key
 * does not already lead with. Index names are {@code <table>_i<item index>}, short enough for
 * PostgreSQL's 63 characters.
 */
final class TableShape {

	static final String LINEAGE = "_delivery_id uuid not null, _received_at timestamptz not null, _row bigint not null";

	private final List<InformationItem> items;

	TableShape(List<InformationItem> items) {
		this.items = List.copyOf(items);
	}

	static String quote(String name) {
		return '"' + name + '"';
	}

	/** The item columns, quoted and comma-separated, in item order. */
	String columns() {
		return items.stream().map(i -> quote(i.name())).collect(Collectors.joining(", "));
	}

	String keyColumns() {
		return items.stream().filter(InformationItem::key).map(i -> quote(i.name())).collect(Collectors.joining(", "));
	}

	List<InformationItem> keyItems() {
		return items.stream().filter(InformationItem::key).toList();
	}

	List<InformationItem> items() {
		return items;
	}

	/**
	 * Column definitions of the items; {@code constrained} adds {@code not null} to required items.
	 * Identifiers and text keys are compared byte by byte ({@code collate "C"}): they are codes,
	 * not words, and their indexes build and search several times faster than with a language
	 * collation.
	 */
	String columnDefinitions(boolean constrained) {
		return items.stream()
			.map(i -> quote(i.name()) + " " + i.type().columnType() + (bytewise(i) ? " collate \"C\"" : "")
					+ (constrained && i.required() ? " not null" : ""))
			.collect(Collectors.joining(", "));
	}

	private static boolean bytewise(InformationItem item) {
		return item.type() == ItemType.STRING && (item.key() || item.identifier() != IdentifierKind.NONE);
	}

	/** The statements creating a version's empty table with its key and indexes. */
	List<String> create(String table) {
		List<String> statements = new ArrayList<>();
		statements.add("create table " + table + " (" + columnDefinitions(true) + ", " + LINEAGE + ")");
		statements.add(primaryKey(table, table + "_pkey"));
		statements.addAll(indexes(table, table));
		return statements;
	}

	String primaryKey(String table, String constraint) {
		return "alter table " + table + " add constraint " + constraint + " primary key (" + keyColumns() + ")";
	}

	/** The identifier indexes of {@code table}, named after {@code indexPrefix}. */
	List<String> indexes(String table, String indexPrefix) {
		return indexedItems().stream()
			.map(i -> "create index " + indexName(indexPrefix, i) + " on " + table + " (" + quote(items.get(i).name()) + ")")
			.toList();
	}

	/** The positions of the items that get their own index. */
	List<Integer> indexedItems() {
		String leadingKey = keyItems().get(0).name();
		List<Integer> indexed = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).identifier() != IdentifierKind.NONE && !items.get(i).name().equals(leadingKey)) {
				indexed.add(i);
			}
		}
		return indexed;
	}

	static String indexName(String prefix, int item) {
		return prefix + "_i" + item;
	}
}
