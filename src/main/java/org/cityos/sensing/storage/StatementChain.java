package org.cityos.sensing.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements with array parameters sent to PostgreSQL as one multi-statement prepared statement:
 * pgjdbc sends all of them before waiting, so the writer's follow-up upserts (latest values, three
 * rollups, datastream ranges) cost one round trip instead of five. Runs in the caller's transaction;
 * the first failing statement fails the whole chain (and the transaction).
 */
final class StatementChain {

	private final StringBuilder sql = new StringBuilder();

	private final List<String> types = new ArrayList<>();

	private final List<Object[]> values = new ArrayList<>();

	/** Adds a statement whose {@code ?} parameters are the given arrays, in order. */
	StatementChain add(String statement, String[] arrayTypes, Object[]... arrays) {
		if (arrayTypes.length != arrays.length) {
			throw new IllegalArgumentException("One element type per array");
		}
		sql.append(sql.isEmpty() ? "" : ";\n").append(statement);
		types.addAll(List.of(arrayTypes));
		values.addAll(List.of(arrays));
		return this;
	}

	/** Runs the statements; answers the update count of each, in order (-1 for one that returns rows). */
	List<Integer> execute(Connection connection) throws SQLException {
		List<Integer> counts = new ArrayList<>();
		if (sql.isEmpty()) {
			return counts;
		}
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			for (int i = 0; i < values.size(); i++) {
				statement.setArray(i + 1, connection.createArrayOf(types.get(i), values.get(i)));
			}
			// every statement's result is read, so that a failure of any of them surfaces here
			boolean rows = statement.execute();
			while (rows || statement.getUpdateCount() != -1) {
				counts.add(rows ? -1 : statement.getUpdateCount());
				rows = statement.getMoreResults();
			}
		}
		return counts;
	}
}
