package org.cityos.catalog.collection;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.springframework.http.HttpStatus;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines: one JSON object per line, members named by item name; a missing or null member is
 * an empty value. Strings, numbers and booleans are taken as written; a geometry item takes a
 * GeoJSON object. An incremental delivery marks deletions with {@code "_op":"delete"}. A line
 * that is not a JSON object, or names an unknown item, is rejected as a row; blank lines are
 * skipped.
 */
final class JsonLinesRecords implements RecordReader {

	/** Reads one geometry out of a line's parser, so what follows it is not a "trailing token". */
	private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Reader in;

	private final Map<String, Integer> itemsByName = new HashMap<>();

	private final List<InformationItem> items;

	private final boolean incremental;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private boolean eof;

	private char[] lineChars = new char[4096];

	private int lineLength;

	private long line;

	JsonLinesRecords(Reader in, List<InformationItem> items, DeliveryMode mode) {
		this.in = in;
		this.items = items;
		for (int i = 0; i < items.size(); i++) {
			itemsByName.put(items.get(i).name(), i);
		}
		this.incremental = mode == DeliveryMode.INCREMENTAL;
	}

	@Override
	public long line() {
		return line;
	}

	@Override
	public boolean next(RowFields row) throws IOException {
		do {
			if (!readLine()) {
				return false;
			}
		}
		while (isBlank());
		row.reset(line);
		try (JsonParser parser = JSON.createParser(lineChars, 0, lineLength)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				row.reject(new ValueProblem("NOT_JSON", "the line is not a JSON object"), null);
				return true;
			}
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
				member(parser.currentName(), parser, row);
			}
			if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
				row.reject(new ValueProblem("NOT_JSON", "the line holds more than one JSON object"), null);
			}
		}
		catch (JacksonException ex) {
			row.reject(new ValueProblem("NOT_JSON", "the line is not valid JSON: " + ex.getOriginalMessage()), null);
		}
		return true;
	}

	private void member(String name, JsonParser parser, RowFields row) {
		JsonToken value = parser.nextToken();
		if (name.equals(CsvRecords.OPERATION_COLUMN)) {
			if (value == JsonToken.VALUE_NULL) {
				return;
			}
			String operation = value == JsonToken.VALUE_STRING ? parser.getString().trim() : String.valueOf(value);
			if (operation.equalsIgnoreCase("delete") && incremental) {
				row.markDelete();
			}
			else if (!operation.equalsIgnoreCase("upsert")) {
				row.reject(new ValueProblem("OPERATION", incremental ? "_op is '" + operation + "': write upsert or delete"
						: "only incremental deliveries (mode=incremental) may delete rows"), CsvRecords.OPERATION_COLUMN);
			}
			return;
		}
		Integer item = itemsByName.get(name);
		if (item == null) {
			row.reject(new ValueProblem("UNKNOWN_ITEM", "the resource has no item '" + name + "'"), name);
			parser.skipChildren();
			return;
		}
		switch (value) {
			case VALUE_STRING -> {
				int start = row.length();
				row.append(parser.getStringCharacters(), parser.getStringOffset(),
						parser.getStringOffset() + parser.getStringLength());
				row.set(item, start, row.length());
			}
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
				int start = row.append(parser.getString());
				row.set(item, start, row.length());
			}
			case VALUE_NULL -> {
			}
			case START_OBJECT, START_ARRAY -> {
				if (items.get(item).type() == ItemType.GEOMETRY) {
					int start = row.append(JSON.writeValueAsString(JSON.readTree(parser)));
					row.set(item, start, row.length());
				}
				else {
					parser.skipChildren();
					row.reject(new ValueProblem("NOT_JSON", "a single value is expected, not an object or array"), name);
				}
			}
			default -> row.reject(new ValueProblem("NOT_JSON", "unexpected " + value), name);
		}
	}

	private boolean isBlank() {
		for (int i = 0; i < lineLength; i++) {
			if (!Character.isWhitespace(lineChars[i])) {
				return false;
			}
		}
		return true;
	}

	/** Reads the next physical line (without its line break) into {@link #lineChars}. */
	private boolean readLine() throws IOException {
		lineLength = 0;
		boolean any = false;
		while (true) {
			if (position == limit) {
				if (eof) {
					if (any) {
						line++;
					}
					return any;
				}
				int read = in.read(buffer, 0, buffer.length);
				if (read <= 0) {
					eof = true;
					continue;
				}
				position = 0;
				limit = read;
			}
			any = true;
			int i = position;
			while (i < limit && buffer[i] != '\n') {
				i++;
			}
			appendToLine(position, i);
			if (i < limit) {
				position = i + 1;
				line++;
				if (lineLength > 0 && lineChars[lineLength - 1] == '\r') {
					lineLength--;
				}
				return true;
			}
			position = i;
		}
	}

	private void appendToLine(int start, int end) {
		int length = end - start;
		if (lineLength + length > MAX_RECORD) {
			throw new BatchRefusedException(HttpStatus.BAD_REQUEST,
					"Line " + (line + 1) + " is longer than " + MAX_RECORD + " characters.");
		}
		if (lineLength + length > lineChars.length) {
			lineChars = Arrays.copyOf(lineChars, Math.max(lineChars.length * 2, lineLength + length));
		}
		System.arraycopy(buffer, start, lineChars, lineLength, length);
		lineLength += length;
	}
}
