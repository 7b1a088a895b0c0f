package org.cityos.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for {@code COPY … FROM STDIN} in PostgreSQL's text format, copied on the connection of the
 * current transaction: tab-separated, {@code \N} for null, backslash, tab, newline and carriage
 * return escaped; instants in ISO 8601 UTC, which timestamptz reads exactly. Rows are sent every
 * 4 MB and by {@link #flush}. The write side of {@link CopyTextRows}, for bulk writes of our own
 * tables (the registry's comparison, the cases' history import).
 */
public final class CopyTextWriter {

	private static final int SEND_AT = 4 << 20;

	private final StringBuilder rows = new StringBuilder(1 << 16);

	private final DataSource dataSource;

	private final String sql;

	private boolean lineStart = true;

	/** {@code sql} is the {@code copy <table> [(columns)] from stdin} the rows go to. */
	public CopyTextWriter(DataSource dataSource, String sql) {
		this.dataSource = dataSource;
		this.sql = sql;
	}

	/** Appends a field: null as {@code \N}, an enum by name, anything else as its text, escaped. */
	public CopyTextWriter add(@Nullable Object value) {
		separate();
		if (value == null) {
			rows.append("\\N");
		}
		else if (value instanceof Enum<?> e) {
			rows.append(e.name());
		}
		else {
			String text = value.toString();
			for (int i = 0; i < text.length(); i++) {
				appendEscaped(text.charAt(i));
			}
		}
		return this;
	}

	public CopyTextWriter at(@Nullable Instant instant) {
		return add(instant == null ? null : instant.toString());
	}

	/** Appends a text[] field in array syntax, every element quoted, nulls as NULL. */
	public CopyTextWriter array(@Nullable String[] values) {
		separate();
		rows.append('{');
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				rows.append(',');
			}
			String value = values[i];
			if (value == null) {
				rows.append("NULL");
				continue;
			}
			rows.append('"');
			for (int c = 0; c < value.length(); c++) {
				char ch = value.charAt(c);
				if (ch == '"' || ch == '\\') {
					rows.append("\\\\"); // the array's backslash, itself escaped for COPY
				}
				appendEscaped(ch);
			}
			rows.append('"');
		}
		rows.append('}');
		return this;
	}

	/** Ends the row. */
	public void end() {
		rows.append('\n');
		lineStart = true;
		if (rows.length() > SEND_AT) {
			flush();
		}
	}

	/** Copies the rows appended so far. */
	public void flush() {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy: " + sql + ": " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		rows.setLength(0);
	}

	private void separate() {
		if (!lineStart) {
			rows.append('\t');
		}
		lineStart = false;
	}

	private void appendEscaped(char c) {
		switch (c) {
			case '\\' -> rows.append("\\\\");
			case '\t' -> rows.append("\\t");
			case '\n' -> rows.append("\\n");
			case '\r' -> rows.append("\\r");
			default -> rows.append(c);
		}
	}
}
