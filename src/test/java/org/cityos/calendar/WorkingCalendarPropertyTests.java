package org.cityos.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Algebraic laws of working-time arithmetic over the shipped years and the unknown years
 * around them (mid-2024 to mid-2027), checked against each other and against walking the
 * calendar day by day or minute by minute.
 */
class WorkingCalendarPropertyTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);

	private static final LocalDate LAST = LocalDate.of(2027, 6, 30);

	private final WorkingCalendar calendar = ShippedYears.calendar();

	@Property
	void addingWorkingDaysInTwoStepsEqualsAddingThemAtOnce(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(max = 300) int n, @ForAll @IntRange(max = 300) int m) {
		assertThat(calendar.addWorkingDays(calendar.addWorkingDays(start, n), m))
			.isEqualTo(calendar.addWorkingDays(start, n + m));
	}

	@Property
	void addingWorkingDaysMatchesWalkingDayByDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 60) int n) {
		LocalDate walked = start;
		for (int counted = 0; counted < n;) {
			walked = walked.plusDays(1);
			if (calendar.describe(walked).workingDay()) {
				counted++;
			}
		}
		assertThat(calendar.addWorkingDays(start, n)).isEqualTo(walked);
	}

	@Property
	void workingDaysBetweenUndoesAddWorkingDays(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 500) int n) {
		LocalDate deadline = calendar.addWorkingDays(start, n);
		assertThat(calendar.workingDaysBetween(start, deadline)).isEqualTo(n);
		assertThat(calendar.workingDaysBetween(deadline, start)).isEqualTo(-n);
		if (n > 0) {
			assertThat(calendar.isWorkingDay(deadline)).isTrue();
		}
	}

	@Property
	void workingTimeBetweenUndoesAddWorkingHours(@ForAll("instants") Instant start,
			@ForAll @LongRange(max = 60 * 400) long minutes) {
		Duration duration = Duration.ofMinutes(minutes);
		Instant deadline = calendar.addWorkingHours(start, duration);
		assertThat(calendar.workingTimeBetween(start, deadline)).isEqualTo(duration);
		assertThat(deadline).isAfterOrEqualTo(start);
	}

	@Property
	void workingHourDeadlinesFallInOfficeHoursOfAWorkingDay(@ForAll("instants") Instant start,
			@ForAll @LongRange(min = 1, max = 60 * 400) long minutes) {
		ZonedDateTime deadline = calendar.addWorkingHours(start, Duration.ofMinutes(minutes)).atZone(SHANGHAI);
		LocalTime time = deadline.toLocalTime();
		assertThat(calendar.isWorkingDay(deadline.toLocalDate())).isTrue();
		assertThat(calendar.officeHours().periods())
			.anySatisfy(period -> assertThat(time).isAfter(period.start()).isBeforeOrEqualTo(period.end()));
	}

	@Property
	void workingTimeAddsUpAlongTheWay(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
			@ForAll("instants") Instant c) {
		assertThat(calendar.workingTimeBetween(a, b).plus(calendar.workingTimeBetween(b, c)))
			.isEqualTo(calendar.workingTimeBetween(a, c));
	}

	@Property(tries = 200)
	void workingTimeMatchesCountingOfficeMinutes(@ForAll("minutes") Instant start,
			@ForAll @IntRange(max = 3 * 24 * 60) int span) {
		long officeMinutes = 0;
		for (int minute = 0; minute < span; minute++) {
			ZonedDateTime local = start.plusSeconds(60L * minute).atZone(SHANGHAI);
			LocalTime time = local.toLocalTime();
			boolean inOffice = calendar.officeHours()
				.periods()
				.stream()
				.anyMatch(period -> !time.isBefore(period.start()) && time.isBefore(period.end()));
			if (inOffice && calendar.isWorkingDay(local.toLocalDate())) {
				officeMinutes++;
			}
		}
		assertThat(calendar.workingTimeBetween(start, start.plusSeconds(60L * span)))
			.isEqualTo(Duration.ofMinutes(officeMinutes));
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<Instant> instants() {
		return Arbitraries.longs()
			.between(FIRST.atStartOfDay(SHANGHAI).toEpochSecond(), LAST.atStartOfDay(SHANGHAI).toEpochSecond())
			.map(Instant::ofEpochSecond);
	}

	@Provide
	Arbitrary<Instant> minutes() {
		return instants().map(instant -> Instant.ofEpochSecond(instant.getEpochSecond() / 60 * 60));
	}
}
