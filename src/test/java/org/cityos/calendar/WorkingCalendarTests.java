package org.cityos.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The calendar built from the shipped 2025 and 2026 data. Expected dates are worked out by hand
 * from the State Council notices (STANDARDS.md §6), not from the code.
 */
class WorkingCalendarTests {

	private final WorkingCalendar calendar = ShippedYears.calendar();

	@Test
	void everyDayOf2026FollowsTheNotice() {
		Map<LocalDate, String> holidays = new HashMap<>();
		holidays(holidays, "元旦", "2026-01-01", "2026-01-03");
		holidays(holidays, "春节", "2026-02-15", "2026-02-23");
		holidays(holidays, "清明节", "2026-04-04", "2026-04-06");
		holidays(holidays, "劳动节", "2026-05-01", "2026-05-05");
		holidays(holidays, "端午节", "2026-06-19", "2026-06-21");
		holidays(holidays, "中秋节", "2026-09-25", "2026-09-27");
		holidays(holidays, "国庆节", "2026-10-01", "2026-10-07");
		Map<LocalDate, String> adjusted = Map.of(date("2026-01-04"), "元旦", date("2026-02-14"), "春节",
				date("2026-02-28"), "春节", date("2026-05-09"), "劳动节", date("2026-09-20"), "国庆节",
				date("2026-10-10"), "国庆节");
		assertYearFollows(2026, holidays, adjusted);
		assertThat(holidays).hasSize(33);
	}

	@Test
	void everyDayOf2025FollowsTheNotice() {
		Map<LocalDate, String> holidays = new HashMap<>();
		holidays(holidays, "元旦", "2025-01-01", "2025-01-01");
		holidays(holidays, "春节", "2025-01-28", "2025-02-04");
		holidays(holidays, "清明节", "2025-04-04", "2025-04-06");
		holidays(holidays, "劳动节", "2025-05-01", "2025-05-05");
		holidays(holidays, "端午节", "2025-05-31", "2025-06-02");
		holidays(holidays, "国庆节、中秋节", "2025-10-01", "2025-10-08");
		Map<LocalDate, String> adjusted = Map.of(date("2025-01-26"), "春节", date("2025-02-08"), "春节",
				date("2025-04-27"), "劳动节", date("2025-09-28"), "国庆节、中秋节", date("2025-10-11"), "国庆节、中秋节");
		assertYearFollows(2025, holidays, adjusted);
	}

	@Test
	void bothShippedYearsHave248WorkingDays() {
		// 261 weekdays each; 2026: 19 weekday holidays, 6 adjusted days; 2025: 18 and 5
		assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
		assertThat(calendar.workingDaysBetween(date("2024-12-31"), date("2025-12-31"))).isEqualTo(248);
	}

	@Test
	void describesAnAdjustedWorkingDayWithTheHolidayItCompensates() {
		assertThat(calendar.describe(date("2026-02-14"))).isEqualTo(new DayInfo(date("2026-02-14"), true,
				DayKind.ADJUSTED_WORKDAY, "春节", "春节调休上班", true));
		assertThat(calendar.describe(date("2026-02-16"))).isEqualTo(new DayInfo(date("2026-02-16"), false,
				DayKind.HOLIDAY, "春节", "春节放假", true));
		assertThat(calendar.describe(date("2026-03-07")).reason()).isEqualTo("周六休息");
		assertThat(calendar.describe(date("2026-03-09")).reason()).isEqualTo("工作日");
	}

	@Test
	void springFestival2026StartingOnTheFridayBefore() {
		LocalDate friday = date("2026-02-13");
		assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo("2026-02-14"); // Saturday, 调休上班
		assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo("2026-02-24"); // 02-15..02-23 off
		assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo("2026-02-25");
		assertThat(calendar.addWorkingDays(friday, 5)).isEqualTo("2026-02-27");
		assertThat(calendar.addWorkingDays(friday, 6)).isEqualTo("2026-02-28"); // Saturday, 调休上班
		assertThat(calendar.addWorkingDays(friday, 7)).isEqualTo("2026-03-02");
	}

	@Test
	void springFestival2026StartingInsideTheHoliday() {
		assertThat(calendar.addWorkingDays(date("2026-02-15"), 1)).isEqualTo("2026-02-24");
		assertThat(calendar.addWorkingDays(date("2026-02-20"), 1)).isEqualTo("2026-02-24");
		assertThat(calendar.addWorkingDays(date("2026-02-23"), 1)).isEqualTo("2026-02-24");
		assertThat(calendar.addWorkingDays(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
	}

	@Test
	void keepsTheLocalTimeOfTheStart() {
		Instant start = OffsetDateTime.parse("2026-02-13T10:00:00+08:00").toInstant();
		assertThat(calendar.addWorkingDays(start, 3).toOffsetDateTime())
			.isEqualTo(OffsetDateTime.parse("2026-02-25T10:00:00+08:00"));
		// 23:30 UTC on 02-12 is already 07:30 on Friday 02-13 in Shanghai
		Instant utcEvening = Instant.parse("2026-02-12T23:30:00Z");
		assertThat(calendar.addWorkingDays(utcEvening, 1).toOffsetDateTime())
			.isEqualTo(OffsetDateTime.parse("2026-02-14T07:30:00+08:00"));
	}

	@Test
	void nationalDayAndMidAutumn2026() {
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08"); // 10-01..10-07 off
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 2)).isEqualTo("2026-10-09");
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 3)).isEqualTo("2026-10-10"); // Saturday, 调休上班
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 4)).isEqualTo("2026-10-12");
		assertThat(calendar.addWorkingDays(date("2026-09-18"), 1)).isEqualTo("2026-09-20"); // Sunday, 调休上班
		assertThat(calendar.addWorkingDays(date("2026-09-24"), 1)).isEqualTo("2026-09-28"); // 09-25..09-27 off
		assertThat(calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-12"))).isEqualTo(4);
	}

	@Test
	void crossesTheYearEndIntoTheAdjustedSunday() {
		assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-04"); // Sunday, 调休上班
		assertThat(calendar.addWorkingDays(date("2025-12-31"), 2)).isEqualTo("2026-01-05");
		assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-01-05"))).isEqualTo(2);
	}

	@Test
	void countsWorkingDaysAfterTheFirstDateUpToTheSecond() {
		// February 2026: 20 weekdays, 6 of them in 春节, plus Saturdays 02-14 and 02-28
		assertThat(calendar.workingDaysBetween(date("2026-01-31"), date("2026-02-28"))).isEqualTo(16);
		assertThat(calendar.workingDaysBetween(date("2026-02-28"), date("2026-01-31"))).isEqualTo(-16);
		assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-13"))).isZero();
	}

	@Test
	void zeroWorkingDaysIsTheStartItself() {
		assertThat(calendar.addWorkingDays(date("2026-02-15"), 0)).isEqualTo("2026-02-15");
		Instant start = Instant.parse("2026-02-15T02:00:00Z");
		assertThat(calendar.addWorkingDays(start, 0).toInstant()).isEqualTo(start);
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2026-02-13"), -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.addWorkingHours(Instant.parse("2026-02-13T02:00:00Z"), Duration.ofHours(-1)));
	}

	@Test
	void unknownYearCountsMondayToFridayAndSaysSo() {
		DayInfo newYear2027 = calendar.describe(date("2027-01-01")); // a Friday
		assertThat(newYear2027.workingDay()).isTrue();
		assertThat(newYear2027.kind()).isEqualTo(DayKind.WEEKDAY);
		assertThat(newYear2027.yearKnown()).isFalse();
		assertThat(newYear2027.reason()).contains("2027年节假日安排未录入");
		assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo("2027-01-01");
		assertThat(calendar.addWorkingDays(date("2026-12-31"), 2)).isEqualTo("2027-01-04");
		assertThat(calendar.yearsKnownBetween(date("2026-12-31"), date("2027-01-01"))).isFalse();
		assertThat(calendar.yearsKnownBetween(date("2025-03-01"), date("2026-12-31"))).isTrue();
		assertThat(calendar.describe(date("2024-10-01")).kind()).isEqualTo(DayKind.WEEKDAY);
	}

	@Test
	void workingHoursRunIntoTheAdjustedSaturday() {
		// 16:00-17:30 on Friday 02-13 is 1.5 h; the other 2.5 h from 09:00 on Saturday 02-14
		assertThat(addHours("2026-02-13T16:00:00+08:00", Duration.ofHours(4))).isEqualTo("2026-02-14T11:30+08:00");
	}

	@Test
	void workingHoursEndingAtClosingTimeEndThatDay() {
		assertThat(addHours("2026-02-13T16:00:00+08:00", Duration.ofMinutes(90))).isEqualTo("2026-02-13T17:30+08:00");
		assertThat(addHours("2026-02-14T09:00:00+08:00", Duration.ofHours(7))).isEqualTo("2026-02-14T17:30+08:00");
		assertThat(addHours("2026-02-14T09:00:00+08:00", Duration.ofHours(3))).isEqualTo("2026-02-14T12:00+08:00");
	}

	@Test
	void workingHoursStartingOutsideOfficeHoursCountFromTheNextPeriod() {
		assertThat(addHours("2026-02-13T12:30:00+08:00", Duration.ofHours(1))).isEqualTo("2026-02-13T14:30+08:00");
		assertThat(addHours("2026-02-13T07:00:00+08:00", Duration.ofHours(1))).isEqualTo("2026-02-13T10:00+08:00");
		assertThat(addHours("2026-02-14T17:30:00+08:00", Duration.ofHours(1))).isEqualTo("2026-02-24T10:00+08:00");
		assertThat(addHours("2026-02-20T10:00:00+08:00", Duration.ofHours(1))).isEqualTo("2026-02-24T10:00+08:00");
		assertThat(addHours("2026-09-30T16:30:00+08:00", Duration.ofHours(2))).isEqualTo("2026-10-08T10:00+08:00");
	}

	@Test
	void measuresOfficeTimeAcrossTheSpringFestival() {
		Instant friday = OffsetDateTime.parse("2026-02-13T16:00:00+08:00").toInstant();
		Instant after = OffsetDateTime.parse("2026-02-24T10:00:00+08:00").toInstant();
		// 1.5 h on 02-13, 7 h on 02-14, 1 h on 02-24
		assertThat(calendar.workingTimeBetween(friday, after)).isEqualTo(Duration.ofMinutes(570));
		assertThat(calendar.workingTimeBetween(after, friday)).isEqualTo(Duration.ofMinutes(-570));
		Instant holiday = OffsetDateTime.parse("2026-02-18T10:00:00+08:00").toInstant();
		assertThat(calendar.workingTimeBetween(holiday, holiday.plus(Duration.ofDays(1)))).isZero();
	}

	@Test
	void followsConfiguredOfficeHoursAndZone() {
		WorkingCalendar longer = new WorkingCalendar(ShippedYears.load(), OfficeHours.parse("08:30-12:00,14:00-18:00"),
				ZoneId.of("Asia/Shanghai"));
		// 16:00-18:00 is 2 h on 02-13, then 08:30 + 2 h on 02-14
		assertThat(longer.addWorkingHours(OffsetDateTime.parse("2026-02-13T16:00:00+08:00").toInstant(), Duration.ofHours(4))
			.atOffset(ZoneOffset.ofHours(8))).isEqualTo("2026-02-14T10:30+08:00");
	}

	@Test
	void reloadReplacesTheKnownYearsWhole() {
		WorkingCalendar reloaded = ShippedYears.calendar();
		reloaded.replaceYears(List.of());
		assertThat(reloaded.isYearKnown(2026)).isFalse();
		assertThat(reloaded.describe(date("2026-02-16")).kind()).isEqualTo(DayKind.WEEKDAY);
		assertThat(reloaded.years()).isEmpty();
	}

	private void assertYearFollows(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> adjusted) {
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			DayInfo info = calendar.describe(day);
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (holidays.containsKey(day)) {
				assertThat(info.kind()).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
				assertThat(info.holiday()).as(day.toString()).isEqualTo(holidays.get(day));
			}
			else if (adjusted.containsKey(day)) {
				assertThat(weekend).as(day + " is a weekend day").isTrue();
				assertThat(info.kind()).as(day.toString()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
				assertThat(info.holiday()).as(day.toString()).isEqualTo(adjusted.get(day));
			}
			else {
				assertThat(info.kind()).as(day.toString()).isEqualTo(weekend ? DayKind.WEEKEND : DayKind.WEEKDAY);
				assertThat(info.holiday()).as(day.toString()).isNull();
			}
			assertThat(info.workingDay()).isEqualTo(calendar.isWorkingDay(day)).isEqualTo(info.kind().isWorking());
			assertThat(info.yearKnown()).isTrue();
		}
	}

	private static void holidays(Map<LocalDate, String> into, String name, String first, String last) {
		for (LocalDate day = date(first); !day.isAfter(date(last)); day = day.plusDays(1)) {
			into.put(day, name);
		}
	}

	private OffsetDateTime addHours(String start, Duration duration) {
		return calendar.addWorkingHours(OffsetDateTime.parse(start).toInstant(), duration)
			.atOffset(ZoneOffset.ofHours(8));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}
}
