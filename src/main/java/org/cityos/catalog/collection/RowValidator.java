package org.cityos.catalog.collection;

import java.time.LocalDate;
import java.util.List;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.jspecify.annotations.Nullable;

/**
 * Checks delivered rows against one resource version and writes each valid row in COPY form:
 * the items in order, then {@code _row} (the line), then, for incremental deliveries,
 * {@code _delete}. Every problem of a row is reported, not just the first. Blank values are
 * null; a required item (keys always are) must have one. A deletion needs only its key.
 * Built once per delivery; not thread-safe (one reader feeds it).
 */
final class RowValidator {

	/** Longest value kept in a report, so that a runaway field does not fill the report. */
	private static final int MAX_REPORTED_VALUE = 200;

	private final List<InformationItem> items;

	private final ValueCheck[] checks;

	private final boolean[] trimmed;

	private final boolean incremental;

	RowValidator(List<InformationItem> items, DeliveryMode mode, LocalDate today) {
		this.items = List.copyOf(items);
		this.checks = new ValueCheck[items.size()];
		this.trimmed = new boolean[items.size()];
		for (int i = 0; i < items.size(); i++) {
			checks[i] = check(items.get(i), today);
			trimmed[i] = checks[i] != ScalarChecks.TEXT;
		}
		this.incremental = mode == DeliveryMode.INCREMENTAL;
	}

	static ValueCheck check(InformationItem item, LocalDate today) {
		return switch (item.identifier()) {
			case CITIZEN_ID -> IdentifierChecks.citizenId(today);
			case CREDIT_CODE -> IdentifierChecks.creditCode();
			case PHONE -> IdentifierChecks.phone();
			case NONE -> switch (item.type()) {
				case STRING -> ScalarChecks.TEXT;
				case INTEGER -> ScalarChecks.INTEGER;
				case DECIMAL -> ScalarChecks.DECIMAL;
				case DATE -> TemporalChecks.DATE;
				case DATETIME -> TemporalChecks.DATETIME;
				case BOOLEAN -> ScalarChecks.BOOLEAN;
				case GEOMETRY -> GeometryCheck.INSTANCE;
			};
		};
	}

	/**
	 * Validates the row; a valid row is written to {@code out}, an invalid one leaves
	 * {@code out} as it was and its problems go to {@code rejections}.
	 */
	boolean validate(RowFields row, CopyText out, Rejections rejections) {
		ValueProblem rowProblem = row.rowProblem();
		if (rowProblem != null) {
			rejections.reject(row.line(), row.rowProblemItem(), rowProblem, null);
			return false;
		}
		out.beginRow();
		boolean valid = true;
		boolean delete = row.delete();
		char[] chars = row.chars();
		for (int i = 0; i < checks.length; i++) {
			InformationItem item = items.get(i);
			if (delete && !item.key()) {
				out.nullField();
				continue;
			}
			int start = row.present(i) ? row.start(i) : 0;
			int end = row.present(i) ? row.end(i) : 0;
			int valueStart = start;
			int valueEnd = end;
			while (valueStart < valueEnd && blank(chars[valueStart])) {
				valueStart++;
			}
			while (valueEnd > valueStart && blank(chars[valueEnd - 1])) {
				valueEnd--;
			}
			if (valueStart == valueEnd) {
				if (item.required()) {
					rejections.reject(row.line(), item.name(), ValueProblem.REQUIRED, null);
					valid = false;
				}
				out.nullField();
				continue;
			}
			out.beginField();
			ValueProblem problem = trimmed[i] ? checks[i].check(chars, valueStart, valueEnd, out)
					: checks[i].check(chars, start, end, out);
			if (problem != null) {
				rejections.reject(row.line(), item.name(), problem, reported(chars, start, end));
				valid = false;
			}
		}
		if (!valid) {
			out.dropRow();
			return false;
		}
		out.beginField();
		out.number(row.line());
		if (incremental) {
			out.beginField();
			out.ascii(delete ? 't' : 'f');
		}
		out.endRow();
		return true;
	}

	private static @Nullable String reported(char[] chars, int start, int end) {
		return new String(chars, start, Math.min(end - start, MAX_REPORTED_VALUE));
	}

	/** What spreadsheets leave around cells; the same blanks the shared identifier checks trim. */
	private static boolean blank(char c) {
		return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c);
	}
}
