package org.cityos.sensing.sta.query;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** How an entity set's property paths read in SQL; empty when a path has no SQL form (geometry, to-many paths). */
@FunctionalInterface
public interface Columns {

	Optional<Column> column(List<String> path);

	/**
	 * One SQL expression and its type. RESULT is an Observation's result (a number column and a
	 * JSON column, chosen by the type of the other operand); JSON is a jsonb expression.
	 * {@code endSql} is the end of a time interval ({@code maxdatetime}).
	 */
	record Column(String sql, ValueType type, @Nullable String endSql) {

		public Column(String sql, ValueType type) {
			this(sql, type, null);
		}
	}

	enum ValueType {
		NUMBER, TEXT, TIME, DATE, BOOLEAN, JSON, RESULT
	}
}
