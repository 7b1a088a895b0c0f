package org.cityos.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years the Flyway migration ships, read from the migration's own text so that tests
 * check the data that goes into the database, without a database.
 */
public final class ShippedYears {

	private static final String MIGRATION = "/db/migration/V4_1__calendar_holidays.sql";

	private static final Pattern YEAR = Pattern
		.compile("insert into calendar_year \\(year, source\\) values \\((\\d{4}), '([^']*)'\\)");

	private static final Pattern DAY = Pattern
		.compile("\\('(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(HOLIDAY|ADJUSTED_WORKDAY)', '([^']+)'\\)");

	private ShippedYears() {
	}

	public static List<CalendarYear> load() {
		String sql = migrationText();
		Map<Integer, String> sources = new LinkedHashMap<>();
		Matcher years = YEAR.matcher(sql);
		while (years.find()) {
			sources.put(Integer.parseInt(years.group(1)), years.group(2));
		}
		Map<Integer, List<CalendarYear.SpecialDay>> days = new LinkedHashMap<>();
		Matcher rows = DAY.matcher(sql);
		while (rows.find()) {
			days.computeIfAbsent(Integer.parseInt(rows.group(2)), year -> new ArrayList<>())
				.add(new CalendarYear.SpecialDay(LocalDate.parse(rows.group(1)), DayKind.valueOf(rows.group(3)),
						rows.group(4)));
		}
		List<CalendarYear> result = new ArrayList<>();
		sources.forEach((year, source) -> result
			.add(CalendarYear.fromSpecialDays(year, source, days.getOrDefault(year, List.of()))));
		return result;
	}

	/** A calendar of the shipped years with the default office hours in Asia/Shanghai. */
	public static WorkingCalendar calendar() {
		return new WorkingCalendar(load(), OfficeHours.DEFAULT, ZoneId.of("Asia/Shanghai"));
	}

	private static String migrationText() {
		try (InputStream in = ShippedYears.class.getResourceAsStream(MIGRATION)) {
			if (in == null) {
				throw new IllegalStateException(MIGRATION + " is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
