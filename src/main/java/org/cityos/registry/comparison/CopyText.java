package org.cityos.registry.comparison;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPY in and out in PostgreSQL's text format, on the connection of the current transaction: the
 * registry's bulk reads and writes of its own tables. Rows built with {@link #field} and
 * {@link #array}; rows read as arrays of strings (null for {@code \N}).
 */
final class CopyText {

	private final StringBuilder rows = new StringBuilder(1 << 16);

	private final DataSource dataSource;

	private final String sql;

	CopyText(DataSource dataSource, String sql) {
		this.dataSource = dataSource;
		this.sql = sql;
	}

	/** Appends a field (null as {@code \N}) and a tab, or a newline when {@code last}. */
	CopyText field(@Nullable String value, boolean last) {
		if (value == null) {
			rows.append("\\N");
		}
		else {
			escape(value);
		}
		rows.append(last ? '\n' : '\t');
		if (last && rows.length() > (4 << 20)) {
			flush();
		}
		return this;
	}

	/** Appends a text[] field in array syntax, every element quoted, nulls as NULL. */
	CopyText array(@Nullable String[] values, boolean last) {
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
		rows.append('}').append(last ? '\n' : '\t');
		if (last && rows.length() > (4 << 20)) {
			flush();
		}
		return this;
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			appendEscaped(value.charAt(i));
		}
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

	/** Copies what was appended so far. */
	void flush() {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy: " + sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		rows.setLength(0);
	}


	/**
	 * The elements of a text[] in PostgreSQL's output syntax ({@code {a,"b c",NULL}}), for arrays
	 * read back by COPY.
	 */
	static @Nullable String[] elements(String array) {
		java.util.List<String> out = new java.util.ArrayList<>();
		int i = 1;
		int end = array.length() - 1;
		if (end <= i) {
			return new String[0];
		}
		while (i <= end) {
			if (array.charAt(i) == '"') {
				StringBuilder value = new StringBuilder();
				i++;
				while (array.charAt(i) != '"') {
					if (array.charAt(i) == '\\') {
						i++;
					}
					value.append(array.charAt(i++));
				}
				out.add(value.toString());
				i += 2; // closing quote and comma (or the closing brace)
			}
			else {
				int stop = i;
				while (stop < end && array.charAt(stop) != ',') {
					stop++;
				}
				String value = array.substring(i, stop);
				out.add(value.equals("NULL") ? null : value);
				i = stop + 1;
			}
		}
		return out.toArray(new String[0]);
	}
}
