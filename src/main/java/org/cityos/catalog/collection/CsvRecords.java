package org.cityos.catalog.collection;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * CSV (RFC 4180: comma-separated, double quotes around fields holding commas, quotes or line
 * breaks, {@code ""} for a quote; CRLF or LF). The first record is the header: each column
 * names an item by its name ({@code id_number}, any case) or its label ({@code 身份证号}), in any
 * order; every item must have a column, and an incremental delivery may add {@code _op}
 * ({@code upsert}, the default, or {@code delete}). Unknown, missing or repeated columns refuse
 * the batch. Blank lines are skipped; a record with the wrong number of fields is rejected.
 * Unquoted fields are copied in bulk from the read buffer.
 */
final class CsvRecords implements RecordReader {

	static final String OPERATION_COLUMN = "_op";

	private static final int OPERATION = -1;

	private final Reader in;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private boolean eof;

	private long line = 1;

	/** Which item each column holds, or {@link #OPERATION}; set from the header. */
	private int[] columnItems = new int[0];

	private CsvRecords(Reader in) {
		this.in = in;
	}

	/** Reads and checks the header; the reader then stands at the first record. */
	static CsvRecords open(Reader in, List<InformationItem> items, DeliveryMode mode) throws IOException {
		CsvRecords records = new CsvRecords(in);
		List<String> header = records.header();
		if (header == null) {
			throw new BatchRefusedException(HttpStatus.BAD_REQUEST,
					"The body is empty: a CSV batch starts with a header row naming the items.");
		}
		records.columnItems = resolve(header, items, mode);
		return records;
	}

	private static int[] resolve(List<String> header, List<InformationItem> items, DeliveryMode mode) {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			byName.put(items.get(i).name(), i);
			byName.putIfAbsent(items.get(i).label().trim(), i);
		}
		Map<String, String> problems = new LinkedHashMap<>();
		int[] columnItems = new int[header.size()];
		boolean[] seen = new boolean[items.size()];
		boolean operationSeen = false;
		for (int column = 0; column < header.size(); column++) {
			String name = header.get(column).trim();
			if (name.equalsIgnoreCase(OPERATION_COLUMN)) {
				if (mode != DeliveryMode.INCREMENTAL) {
					problems.put(name, "only incremental deliveries (mode=incremental) may delete rows");
				}
				else if (operationSeen) {
					problems.put(name, "the column appears twice");
				}
				operationSeen = true;
				columnItems[column] = OPERATION;
				continue;
			}
			Integer item = byName.get(name);
			if (item == null) {
				item = byName.get(name.toLowerCase(java.util.Locale.ROOT));
			}
			if (item == null) {
				problems.put(name.isEmpty() ? "column " + (column + 1) : name,
						name.isEmpty() ? "the header cell is empty" : "no item of the resource has this name or label");
				continue;
			}
			if (seen[item]) {
				problems.put(name, "item '" + items.get(item).name() + "' has two columns");
			}
			seen[item] = true;
			columnItems[column] = item;
		}
		for (int i = 0; i < items.size(); i++) {
			if (!seen[i]) {
				problems.put(items.get(i).name(), "the header has no column for item '" + items.get(i).name() + "' ("
						+ items.get(i).label() + ")");
			}
		}
		if (!problems.isEmpty()) {
			throw BatchRefusedException.badColumns("The header does not match the resource's items: "
					+ String.join(", ", problems.keySet()), problems);
		}
		return columnItems;
	}

	@Override
	public long line() {
		return line;
	}

	@Override
	public boolean next(RowFields row) throws IOException {
		if (!skipBlankLines()) {
			return false;
		}
		row.reset(line);
		int column = 0;
		while (true) {
			int start = row.length();
			int ending = field(row);
			int end = row.length();
			if (column < columnItems.length) {
				int item = columnItems[column];
				if (item == OPERATION) {
					operation(row, start, end);
				}
				else {
					row.set(item, start, end);
				}
			}
			column++;
			if (ending != ',') {
				break;
			}
		}
		if (column != columnItems.length) {
			row.reject(new ValueProblem("COLUMN_COUNT",
					"the row has " + column + " fields, the header has " + columnItems.length), null);
		}
		return true;
	}

	private void operation(RowFields row, int start, int end) {
		String operation = new String(row.chars(), start, end - start).trim();
		if (operation.equalsIgnoreCase("delete")) {
			row.markDelete();
		}
		else if (!operation.isEmpty() && !operation.equalsIgnoreCase("upsert")) {
			row.reject(new ValueProblem("OPERATION", "_op is '" + operation + "': write upsert, delete or nothing"),
					OPERATION_COLUMN);
		}
	}

	/** Reads one field into the row; answers what ended it: ',', '\n' or -1 (end of input). */
	private int field(RowFields row) throws IOException {
		if (!available()) {
			return -1;
		}
		if (buffer[position] == '"') {
			position++;
			return quoted(row);
		}
		while (true) {
			int i = position;
			int end = limit;
			char[] b = buffer;
			while (i < end) {
				char c = b[i];
				if (c == ',' || c == '\n' || c == '\r') {
					break;
				}
				i++;
			}
			append(row, position, i);
			position = i;
			if (i < end) {
				return terminator();
			}
			if (!available()) {
				return -1;
			}
		}
	}

	private int quoted(RowFields row) throws IOException {
		while (true) {
			if (!available()) {
				throw new BatchRefusedException(HttpStatus.BAD_REQUEST,
						"A quoted field that starts on line " + row.line() + " is never closed.");
			}
			int i = position;
			while (i < limit && buffer[i] != '"') {
				if (buffer[i] == '\n') {
					line++;
				}
				i++;
			}
			append(row, position, i);
			position = i;
			if (i == limit) {
				continue;
			}
			position++;
			if (!available()) {
				return -1;
			}
			if (buffer[position] == '"') {
				row.append('"');
				position++;
				continue;
			}
			// After the closing quote: text up to the separator is kept, as spreadsheets do.
			return field(row);
		}
	}

	/** Consumes the separator or line break at the position. */
	private int terminator() throws IOException {
		char c = buffer[position++];
		if (c == ',') {
			return ',';
		}
		if (c == '\r' && available() && buffer[position] == '\n') {
			position++;
		}
		line++;
		return '\n';
	}

	private boolean skipBlankLines() throws IOException {
		while (available()) {
			char c = buffer[position];
			if (c == '\n') {
				line++;
				position++;
			}
			else if (c == '\r') {
				position++;
				if (available() && buffer[position] == '\n') {
					position++;
				}
				line++;
			}
			else {
				return true;
			}
		}
		return false;
	}

	private void append(RowFields row, int start, int end) {
		if (row.length() + end - start > MAX_RECORD) {
			throw new BatchRefusedException(HttpStatus.BAD_REQUEST, "The record starting on line " + row.line()
					+ " is longer than " + MAX_RECORD + " characters: is a quote left open?");
		}
		row.append(buffer, start, end);
	}

	private boolean available() throws IOException {
		if (position < limit) {
			return true;
		}
		if (eof) {
			return false;
		}
		int read = in.read(buffer, 0, buffer.length);
		if (read <= 0) {
			eof = true;
			limit = 0;
			position = 0;
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

	/** The header's cells, or null for an empty body. */
	private @Nullable List<String> header() throws IOException {
		if (!skipBlankLines()) {
			return null;
		}
		RowFields cells = new RowFields(0);
		cells.reset(line);
		List<String> names = new ArrayList<>();
		while (true) {
			int start = cells.length();
			int ending = field(cells);
			names.add(new String(cells.chars(), start, cells.length() - start));
			if (ending != ',') {
				return names;
			}
		}
	}
}
