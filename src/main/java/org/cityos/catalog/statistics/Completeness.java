package org.cityos.catalog.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.registration.ItemsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 完整性: of the rows a department's deliveries in an interval stored, how many item cells hold
 * a value. Read from the data tables, where each row still carries the delivery that wrote it
 * ({@code _delivery_id}); a row a later delivery replaced counts for the later one, and rows of
 * a full delivery that a later full delivery dropped are gone (the tables keep current data,
 * not history). Required items are always filled (rows missing one are rejected and count
 * against validity), so the figure tells how fully the optional items are kept.
 */
@Component
class Completeness {

	private final JdbcClient jdbc;

	Completeness(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cells of stored rows, and how many of them are filled. */
	record Cells(long cells, long filled) {

		static final Cells NONE = new Cells(0, 0);

		Cells plus(Cells other) {
			return new Cells(cells + other.cells, filled + other.filled);
		}
	}

	private record VersionDeliveries(String providerCode, String dataTable, List<InformationItem> items, UUID[] deliveries) {
	}

	/** By providing department. */
	Map<String, Cells> of(Instant from, Instant to) {
		List<VersionDeliveries> versions = jdbc.sql("""
				select d.provider_code, v.data_table, v.items::text, array_agg(d.id) as deliveries
				from catalog_delivery d
				join catalog_resource_version v on v.resource_code = d.resource_code and v.version = d.version
				where d.started_at >= :from and d.started_at < :to and d.state in ('ACCEPTED', 'PARTIALLY_ACCEPTED')
				group by d.provider_code, v.data_table, v.items::text
				""").param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, row) -> new VersionDeliveries(rs.getString(1), rs.getString(2), ItemsJson.read(rs.getString(3)),
					(UUID[]) rs.getArray(4).getArray()))
			.list();
		Map<String, Cells> byDepartment = new HashMap<>();
		for (VersionDeliveries version : versions) {
			Cells cells = cells(version);
			byDepartment.merge(version.providerCode(), cells, Cells::plus);
		}
		return byDepartment;
	}

	private Cells cells(VersionDeliveries version) {
		if (version.items().isEmpty()) {
			return Cells.NONE;
		}
		// data_table names are made by DataTables.nameFor (letters, digits, '_'); item names are checked the same way
		String filled = version.items().stream()
			.map(item -> "nullif(btrim(\"" + item.name() + "\"::text), '')")
			.collect(Collectors.joining(", ", "num_nonnulls(", ")"));
		return jdbc.sql("select count(*), coalesce(sum(" + filled + "), 0) from " + version.dataTable()
				+ " where _delivery_id = any(:ids)")
			.param("ids", version.deliveries())
			.query((rs, row) -> new Cells(rs.getLong(1) * version.items().size(), rs.getLong(2)))
			.single();
	}
}
