package org.cityos.catalog.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.cityos.catalog.UpdateCycle;
import org.junit.jupiter.api.Test;

class TimelinessTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	@Test
	void theNextDeliveryIsDueOneCycleLaterOnTheCitysCalendar() {
		Instant delivered = Instant.parse("2026-01-31T02:00:00Z");

		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.DAILY, CITY)).isEqualTo("2026-02-01T02:00:00Z");
		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.REALTIME, CITY)).isEqualTo("2026-02-01T02:00:00Z");
		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.WEEKLY, CITY)).isEqualTo("2026-02-07T02:00:00Z");
		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.MONTHLY, CITY)).isEqualTo("2026-02-28T02:00:00Z");
		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.QUARTERLY, CITY)).isEqualTo("2026-04-30T02:00:00Z");
		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.YEARLY, CITY)).isEqualTo("2027-01-31T02:00:00Z");
	}

	@Test
	void monthsAreCountedInTheCitysZoneNotInUtc() {
		// 00:30 on 1 March in Beijing is still 28 February in UTC.
		Instant delivered = Instant.parse("2026-02-28T16:30:00Z");

		assertThat(Timeliness.expectedAfter(delivered, UpdateCycle.MONTHLY, CITY)).isEqualTo("2026-03-31T16:30:00Z");
	}

	@Test
	void otherIsNeverDue() {
		assertThat(Timeliness.expectedAfter(Instant.now(), UpdateCycle.OTHER, CITY)).isNull();
	}
}
