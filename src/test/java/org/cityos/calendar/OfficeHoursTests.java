package org.cityos.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeHoursTests {

	private final OfficeHours hours = OfficeHours.DEFAULT;

	@Test
	void defaultDayHasSevenHours() {
		assertThat(hours.periods()).hasSize(2);
		assertThat(hours.daily()).isEqualTo(Duration.ofHours(7));
		assertThat(hours).hasToString("09:00-12:00,13:30-17:30");
	}

	@Test
	void countsElapsedOfficeTimeSkippingLunch() {
		assertThat(hours.elapsedBefore(LocalTime.of(8, 0))).isZero();
		assertThat(hours.elapsedBefore(LocalTime.of(10, 15))).isEqualTo(Duration.ofMinutes(75));
		assertThat(hours.elapsedBefore(LocalTime.of(13, 0))).isEqualTo(Duration.ofHours(3));
		assertThat(hours.elapsedBefore(LocalTime.of(14, 0))).isEqualTo(Duration.ofMinutes(210));
		assertThat(hours.elapsedBefore(LocalTime.of(20, 0))).isEqualTo(Duration.ofHours(7));
	}

	@Test
	void findsTheEarliestTimeForElapsedOfficeTime() {
		assertThat(hours.timeAfter(Duration.ofMinutes(1))).isEqualTo(LocalTime.of(9, 1));
		assertThat(hours.timeAfter(Duration.ofHours(3))).isEqualTo(LocalTime.NOON);
		assertThat(hours.timeAfter(Duration.ofMinutes(181))).isEqualTo(LocalTime.of(13, 31));
		assertThat(hours.timeAfter(Duration.ofHours(7))).isEqualTo(LocalTime.of(17, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> hours.timeAfter(Duration.ofMinutes(421)));
	}

	@Test
	void readsConfiguredPeriodsWithSpaces() {
		OfficeHours summer = OfficeHours.parse(" 08:30-12:00 , 14:30-18:00 ");
		assertThat(summer.daily()).isEqualTo(Duration.ofHours(7));
		assertThat(summer.periods().get(1).start()).isEqualTo(LocalTime.of(14, 30));
	}

	@Test
	void rejectsMalformedOverlappingOrEmptyPeriods() {
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.parse("9-12"));
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.parse("09:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.parse("12:00-09:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.parse("09:00-12:00,11:00-13:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.parse("13:30-17:30,09:00-12:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(List.of()));
	}
}
