package org.cityos.catalog.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.statistics.DeliveryDues.Tally;
import org.junit.jupiter.api.Test;

class DeliveryDuesTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final Instant REGISTERED = at("2026-01-10T00:00");

	// due 02-10 met by 02-05; due 03-05 missed (03-20 is late); due 04-05 met by 03-20;
	// due 04-20 met by 04-15; due 05-15 missed; due 06-15 still ahead on 06-01
	private static final List<Instant> MONTHLY = List.of(at("2026-02-05T10:00"), at("2026-03-20T10:00"),
			at("2026-04-15T10:00"));

	private static final Instant JUNE_FIRST = at("2026-06-01T00:00");

	@Test
	void aYearOfMonthlyDeliveriesCountsEveryDecidedDueDate() {
		assertThat(count(UpdateCycle.MONTHLY, REGISTERED, MONTHLY, "2026-01-01", "2027-01-01", JUNE_FIRST))
			.isEqualTo(new Tally(5, 3));
	}

	@Test
	void aLateDeliveryMissesItsDueDateAndMeetsTheNextOne() {
		assertThat(count(UpdateCycle.MONTHLY, REGISTERED, MONTHLY, "2026-03-01", "2026-04-01", JUNE_FIRST))
			.isEqualTo(new Tally(1, 0));
		assertThat(count(UpdateCycle.MONTHLY, REGISTERED, MONTHLY, "2026-04-01", "2026-05-01", JUNE_FIRST))
			.isEqualTo(new Tally(2, 2));
	}

	@Test
	void aDueDateStillAheadAndNotMetCountsNowhere() {
		assertThat(count(UpdateCycle.MONTHLY, REGISTERED, MONTHLY, "2026-06-01", "2026-07-01", JUNE_FIRST))
			.isEqualTo(Tally.NONE);
	}

	@Test
	void aSilentDailyResourceMissesADueDateEveryDay() {
		Instant registered = at("2026-03-01T09:00");
		assertThat(count(UpdateCycle.DAILY, registered, List.of(), "2026-03-01", "2026-03-10", at("2026-03-09T00:00")))
			.isEqualTo(new Tally(7, 0));
	}

	@Test
	void otherHasNoRhythmAndNoDueDates() {
		assertThat(count(UpdateCycle.OTHER, REGISTERED, List.of(), "2026-01-01", "2027-01-01", JUNE_FIRST))
			.isEqualTo(Tally.NONE);
	}

	@Test
	void aDeliveryOlderThanTheRegistrationStartsTheClock() {
		assertThat(count(UpdateCycle.MONTHLY, at("2026-05-01T00:00"), List.of(at("2026-03-01T00:00")), "2026-01-01",
				"2027-01-01", at("2026-04-20T00:00")))
			.isEqualTo(new Tally(1, 0));
	}

	private static Tally count(UpdateCycle cycle, Instant registered, List<Instant> deliveries, String from, String to,
			Instant now) {
		return DeliveryDues.count(cycle, registered, deliveries, day(from), day(to), now, CITY);
	}

	private static Instant day(String date) {
		return LocalDate.parse(date).atStartOfDay(CITY).toInstant();
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CITY).toInstant();
	}
}
