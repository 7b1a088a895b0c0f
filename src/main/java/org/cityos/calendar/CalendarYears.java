package org.cityos.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored holiday arrangements: {@code calendar_year} (one row per known year) and
 * {@code calendar_special_day} (one row per holiday day or adjusted working day). Writes must run
 * inside a transaction of the caller.
 */
@Repository
class CalendarYears {

	private final JdbcClient jdbc;

	CalendarYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarYear> findAll() {
		Map<Integer, List<CalendarYear.SpecialDay>> daysByYear = new HashMap<>();
		jdbc.sql("""
				select day, year, kind, name
				  from calendar_special_day
				 order by day
				""").query(row -> {
			daysByYear.computeIfAbsent(row.getInt("year"), year -> new ArrayList<>())
				.add(new CalendarYear.SpecialDay(row.getObject("day", LocalDate.class),
						DayKind.valueOf(row.getString("kind")), row.getString("name")));
		});
		return jdbc.sql("select year, source from calendar_year order by year")
			.query((row, number) -> CalendarYear.fromSpecialDays(row.getInt("year"), row.getString("source"),
					daysByYear.getOrDefault(row.getInt("year"), List.of())))
			.list();
	}

	/**
	 * Replaces a year whole. The upsert of the year row comes first: it locks the row, so two
	 * admins saving the same year one after the other each replace it whole instead of colliding.
	 */
	void replace(CalendarYear year) {
		jdbc.sql("""
				insert into calendar_year (year, source, updated_at)
				values (:year, :source, now())
				on conflict (year) do update
				   set source = excluded.source, updated_at = excluded.updated_at
				""")
			.param("year", year.year())
			.param("source", year.source())
			.update();
		jdbc.sql("delete from calendar_special_day where year = :year").param("year", year.year()).update();
		for (CalendarYear.SpecialDay day : year.specialDays()) {
			jdbc.sql("""
					insert into calendar_special_day (day, year, kind, name)
					values (:day, :year, :kind, :name)
					""")
				.param("day", Date.valueOf(day.date()))
				.param("year", year.year())
				.param("kind", day.kind().name())
				.param("name", day.name())
				.update();
		}
	}

	/** Deletes a year with its days; false when it was not stored. */
	boolean delete(int year) {
		jdbc.sql("delete from calendar_special_day where year = :year").param("year", year).update();
		return jdbc.sql("delete from calendar_year where year = :year").param("year", year).update() > 0;
	}
}
