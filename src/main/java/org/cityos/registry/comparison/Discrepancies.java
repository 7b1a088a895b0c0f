package org.cityos.registry.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.DiscrepancyState;
import org.cityos.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 差异: the discrepancies comparisons found, as work items of the providing departments. */
@Repository
public class Discrepancies {

	private static final String COLUMNS = """
			select id, registry, key, attribute, kind, source, provider_code, source_values::text as source_values,
			       authoritative_value, state, found_at, due_at, closed_at
			from registry_discrepancy
			""";

	private static final String FILTER = """
			 where registry = :r
			   and (cast(:department as text) is null or provider_code = :department)
			   and (cast(:state as text) is null or state = :state)
			""";

	private final JdbcClient jdbc;

	Discrepancies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One disagreement of one source: {@code sourceValues} is a JSON object of each source's value. */
	public record Discrepancy(UUID id, String registry, String key, String attribute, DiscrepancyKind kind, String source,
			String providerCode, String sourceValues, @Nullable String authoritativeValue, DiscrepancyState state,
			Instant foundAt, Instant dueAt, @Nullable Instant closedAt) {
	}

	public PageResult<Discrepancy> page(String registry, @Nullable String department, @Nullable DiscrepancyState state,
			int page, int size) {
		String stateName = state == null ? null : state.name();
		long total = jdbc.sql("select count(*) from registry_discrepancy" + FILTER).param("r", registry)
			.param("department", department).param("state", stateName).query(Long.class).single();
		List<Discrepancy> content = jdbc.sql(COLUMNS + FILTER + " order by found_at desc, key, attribute, source limit :size offset :offset")
			.param("r", registry).param("department", department).param("state", stateName).param("size", size)
			.param("offset", (long) page * size).query(Discrepancies::discrepancy).list();
		return new PageResult<>(content, page, size, total, (int) ((total + size - 1) / size));
	}

	private static Discrepancy discrepancy(ResultSet rs, int row) throws SQLException {
		return new Discrepancy(rs.getObject("id", UUID.class), rs.getString("registry"), rs.getString("key"),
				rs.getString("attribute"), DiscrepancyKind.valueOf(rs.getString("kind")), rs.getString("source"),
				rs.getString("provider_code"), rs.getString("source_values"), rs.getString("authoritative_value"),
				DiscrepancyState.valueOf(rs.getString("state")), rs.getTimestamp("found_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(),
				rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant());
	}
}
