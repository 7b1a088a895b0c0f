package org.cityos.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows of {@code COPY … TO STDOUT} (text format) as arrays of strings, on the connection of the
 * current transaction: one CopyData message is one row, fields separated by tabs, {@code \N}
 * null, backslash escapes undone. No map, no result set: the bulk reads of millions of rows
 * (the catalog's records for the registry's comparison, the registry's own tables).
 */
public final class CopyTextRows {

	private CopyTextRows() {
	}

	/** Streams the rows of {@code sql}, a {@code copy (…) to stdout}, each split into {@code columns} fields. */
	public static void read(DataSource dataSource, String sql, int columns, Consumer<@Nullable String[]> action) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
			try {
				byte[] row;
				while ((row = copy.readFromCopy()) != null) {
					action.accept(fields(row, columns));
				}
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read: " + sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** One text-format row (ending in a newline) split into its fields. */
	static @Nullable String[] fields(byte[] row, int columns) {
		@Nullable String[] fields = new String[columns];
		int end = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
		int start = 0;
		for (int column = 0; column < columns; column++) {
			int stop = start;
			boolean escaped = false;
			while (stop < end && row[stop] != '\t') {
				if (row[stop] == '\\') {
					escaped = true;
					stop++;
				}
				stop++;
			}
			stop = Math.min(stop, end);
			fields[column] = field(row, start, stop, escaped);
			start = stop + 1;
		}
		return fields;
	}

	private static @Nullable String field(byte[] row, int start, int stop, boolean escaped) {
		if (stop - start == 2 && row[start] == '\\' && row[start + 1] == 'N') {
			return null;
		}
		if (!escaped) {
			return new String(row, start, stop - start, StandardCharsets.UTF_8);
		}
		byte[] out = new byte[stop - start];
		int length = 0;
		for (int i = start; i < stop; i++) {
			byte b = row[i];
			if (b == '\\' && i + 1 < stop) {
				byte next = row[++i];
				b = switch (next) {
					case 't' -> (byte) '\t';
					case 'n' -> (byte) '\n';
					case 'r' -> (byte) '\r';
					case 'b' -> (byte) '\b';
					case 'f' -> (byte) '\f';
					case 'v' -> (byte) 0x0B;
					default -> next;
				};
			}
			out[length++] = b;
		}
		return new String(out, 0, length, StandardCharsets.UTF_8);
	}

	/**
	 * The elements of a text[] in PostgreSQL's output syntax ({@code {a,"b c",NULL}}), for arrays
	 * read back by COPY.
	 */
	public static @Nullable String[] arrayElements(String array) {
		List<String> out = new ArrayList<>();
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
