package org.cityos.scorecard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityos.shared.InvalidInputException;

/**
 * 考核周期: a calendar month ({@code 2026-11}), quarter ({@code 2026-Q4}) or year ({@code 2026}),
 * as the half-open interval of its days on the city's wall clock (Asia/Shanghai): from 00:00 of
 * its first day to 00:00 of the day after its last.
 */
public record AssessmentPeriod(Kind kind, int year, int number) {

	public enum Kind {
		MONTH, QUARTER, YEAR
	}

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	public AssessmentPeriod {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InvalidInputException.ofField("period", "year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
		}
		int last = switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case YEAR -> 1;
		};
		if (number < 1 || number > last) {
			throw InvalidInputException.ofField("period", kind.name().toLowerCase(Locale.ROOT) + " " + number
					+ " does not exist (1–" + last + ")");
		}
	}

	/** Reads {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; anything else is a 400 naming the forms. */
	public static AssessmentPeriod parse(String text) {
		String value = text == null ? "" : text.trim();
		Matcher month = MONTH.matcher(value);
		if (month.matches()) {
			return new AssessmentPeriod(Kind.MONTH, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
		}
		Matcher quarter = QUARTER.matcher(value);
		if (quarter.matches()) {
			return new AssessmentPeriod(Kind.QUARTER, Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
		}
		if (YEAR.matcher(value).matches()) {
			return new AssessmentPeriod(Kind.YEAR, Integer.parseInt(value), 1);
		}
		throw InvalidInputException.ofField("period",
				"'" + value + "' is not a period: write a month (2026-11), a quarter (2026-Q4) or a year (2026)");
	}

	/** The period of {@code kind} that contains {@code day}. */
	public static AssessmentPeriod containing(Kind kind, LocalDate day) {
		return switch (kind) {
			case MONTH -> new AssessmentPeriod(kind, day.getYear(), day.getMonthValue());
			case QUARTER -> new AssessmentPeriod(kind, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
			case YEAR -> new AssessmentPeriod(kind, day.getYear(), 1);
		};
	}

	public LocalDate firstDay() {
		return switch (kind) {
			case MONTH -> LocalDate.of(year, number, 1);
			case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
			case YEAR -> LocalDate.of(year, 1, 1);
		};
	}

	/** The day after the last one. */
	public LocalDate endDay() {
		return switch (kind) {
			case MONTH -> firstDay().plusMonths(1);
			case QUARTER -> firstDay().plusMonths(3);
			case YEAR -> firstDay().plusYears(1);
		};
	}

	public Instant from(ZoneId zone) {
		return firstDay().atStartOfDay(zone).toInstant();
	}

	public Instant to(ZoneId zone) {
		return endDay().atStartOfDay(zone).toInstant();
	}

	public AssessmentPeriod previous() {
		return containing(kind, firstDay().minusDays(1));
	}

	@Override
	public String toString() {
		return switch (kind) {
			case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, number);
			case QUARTER -> year + "-Q" + number;
			case YEAR -> Integer.toString(year);
		};
	}
}
