package org.cityos.catalog.collection;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One delivered record, reused from row to row: its characters in one buffer and, per item
 * (in the resource's item order), where its value lies, or nothing. A reader fills it, the
 * {@link RowValidator} reads it. Also carries the record's line, whether it is a deletion
 * ({@code _op=delete}), and a problem of the record as a whole (wrong column count, not JSON).
 */
final class RowFields {

	private static final int ABSENT = -1;

	private char[] chars = new char[1024];

	private int length;

	private final int[] starts;

	private final int[] ends;

	private long line;

	private boolean delete;

	private @Nullable ValueProblem rowProblem;

	private @Nullable String rowProblemItem;

	RowFields(int items) {
		this.starts = new int[items];
		this.ends = new int[items];
	}

	void reset(long lineOfRecord) {
		length = 0;
		Arrays.fill(starts, ABSENT);
		line = lineOfRecord;
		delete = false;
		rowProblem = null;
		rowProblemItem = null;
	}

	int items() {
		return starts.length;
	}

	/** Appends characters to the buffer; answers where they start. */
	int append(char[] source, int start, int end) {
		int at = length;
		ensure(end - start);
		System.arraycopy(source, start, chars, length, end - start);
		length += end - start;
		return at;
	}

	int append(String value) {
		int at = length;
		ensure(value.length());
		value.getChars(0, value.length(), chars, length);
		length += value.length();
		return at;
	}

	void append(char c) {
		ensure(1);
		chars[length++] = c;
	}

	int length() {
		return length;
	}

	/** The value of an item is the buffer's characters {@code [start, end)}. */
	void set(int item, int start, int end) {
		starts[item] = start;
		ends[item] = end;
	}

	boolean present(int item) {
		return starts[item] != ABSENT;
	}

	int start(int item) {
		return starts[item];
	}

	int end(int item) {
		return ends[item];
	}

	char[] chars() {
		return chars;
	}

	@Nullable String value(int item) {
		return present(item) ? new String(chars, starts[item], ends[item] - starts[item]) : null;
	}

	long line() {
		return line;
	}

	boolean delete() {
		return delete;
	}

	void markDelete() {
		delete = true;
	}

	/** Marks the whole record invalid (the first problem wins). */
	void reject(ValueProblem problem, @Nullable String item) {
		if (rowProblem == null) {
			rowProblem = problem;
			rowProblemItem = item;
		}
	}

	@Nullable ValueProblem rowProblem() {
		return rowProblem;
	}

	@Nullable String rowProblemItem() {
		return rowProblemItem;
	}

	private void ensure(int more) {
		if (length + more > chars.length) {
			chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
		}
	}
}
