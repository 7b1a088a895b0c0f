package org.cityos.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.cityos.calendar.ShippedYears;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.cases.TimeLimits.TimeLimit;
import org.junit.jupiter.api.Test;

/** SLA deadlines on the real 2026 calendar: weekends, holidays and adjusted working days. */
class DeadlinesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WorkingCalendar calendar = ShippedYears.calendar();

	private final Deadlines deadlines = new Deadlines(calendar, null, null);

	private static Instant at(String local) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
	}

	@Test
	void workingHoursSkipTheWeekend() {
		// Friday 2026-11-20 16:30, 8 working hours (office 09:00-12:00, 13:30-17:30): 1 h on Friday, 7 h Monday
		Deadline d = deadlines.of(8, LimitUnit.WORKING_HOURS, 80, at("2026-11-20T16:30"));
		assertThat(d.dueAt()).isEqualTo(at("2026-11-23T17:30"));
	}

	@Test
	void workingDaysSkipTheSpringFestivalAndCountTheAdjustedSaturday() {
		// 2026: 02-14 (Saturday) is a working day; 02-15..02-23 is the Spring Festival holiday.
		Deadline d = deadlines.of(2, LimitUnit.WORKING_DAYS, 80, at("2026-02-13T10:00"));
		assertThat(d.dueAt()).isEqualTo(at("2026-02-24T10:00"));
	}

	@Test
	void workingHoursOverNationalDayAndItsAdjustedSaturday() {
		// 2026-09-30 (Wed) 17:00, 4 working hours: 0.5 h that day, holiday 10-01..10-07, 10-08 (Thu) 3 h in the morning, 0.5 h after lunch
		Deadline d = deadlines.of(4, LimitUnit.WORKING_HOURS, 80, at("2026-09-30T17:00"));
		assertThat(d.dueAt()).isEqualTo(at("2026-10-08T14:00"));
		// and the adjusted Saturday 10-10 counts: from Friday 10-09 17:30, 7 h ends on Saturday 10-10 17:30
		assertThat(deadlines.of(7, LimitUnit.WORKING_HOURS, 80, at("2026-10-09T17:30")).dueAt())
			.isEqualTo(at("2026-10-10T17:30"));
	}

	@Test
	void clockHoursIgnoreTheCalendar() {
		Deadline d = deadlines.of(24, LimitUnit.HOURS, 75, at("2026-10-01T08:00"));
		assertThat(d.dueAt()).isEqualTo(at("2026-10-02T08:00"));
		assertThat(d.yellowAt()).isEqualTo(at("2026-10-02T02:00"));
	}

	@Test
	void theYellowCardFallsAtItsShareOfOfficeTime() {
		// Monday 09:00 + 10 working hours → Tuesday 12:00; 80 % = 8 h → Tuesday 10:00
		Deadline d = deadlines.of(10, LimitUnit.WORKING_HOURS, 80, at("2026-11-23T09:00"));
		assertThat(d.dueAt()).isEqualTo(at("2026-11-24T12:00"));
		assertThat(d.yellowAt()).isEqualTo(at("2026-11-24T10:00"));
	}

	@Test
	void anExtensionMovesTheDueFromTheOldDue() {
		Deadline d = deadlines.of(2, LimitUnit.WORKING_DAYS, 80, at("2026-11-23T10:00"));
		Deadline extended = deadlines.extend(d, 3, LimitUnit.WORKING_DAYS, 80, at("2026-11-24T10:00"));
		assertThat(extended.dueAt()).isEqualTo(at("2026-11-30T10:00"));
		assertThat(extended.amount()).isEqualTo(2);
	}

	@Test
	void urgencyNeverLengthensTheLimit() {
		List<TimeLimit> limits = List.of(new TimeLimit(1L, null, null, 7, LimitUnit.WORKING_DAYS, 80),
				new TimeLimit(2L, "E01", null, 8, LimitUnit.WORKING_HOURS, 80),
				new TimeLimit(3L, "E0102", null, 2, LimitUnit.WORKING_HOURS, 80),
				new TimeLimit(4L, "E01", Urgency.URGENT, 4, LimitUnit.WORKING_HOURS, 75),
				new TimeLimit(5L, null, Urgency.EMERGENCY, 2, LimitUnit.HOURS, 75));
		Instant start = at("2026-11-23T09:00");
		List<String> garbage = List.of("E0102", "E01");
		assertThat(deadlines.earliest(TimeLimits.candidates(limits, garbage, Urgency.NORMAL), start).dueAt())
			.isEqualTo(at("2026-11-23T11:00"));
		// urgent: E01/URGENT (4 h) loses against the more specific normal limit (2 h)
		assertThat(deadlines.earliest(TimeLimits.candidates(limits, garbage, Urgency.URGENT), start).dueAt())
			.isEqualTo(at("2026-11-23T11:00"));
		assertThat(deadlines.earliest(TimeLimits.candidates(limits, List.of("S0901", "S09"), Urgency.EMERGENCY), start)
			.unit()).isEqualTo(LimitUnit.HOURS);
		assertThat(deadlines.earliest(TimeLimits.candidates(limits, List.of("S0901", "S09"), Urgency.NORMAL), start)
			.dueAt()).isEqualTo(at("2026-12-02T09:00"));
	}
}
