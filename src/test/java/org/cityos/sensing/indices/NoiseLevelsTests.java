package org.cityos.sensing.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.cityos.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class NoiseLevelsTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static NoiseSample sample(String localTime, double level) {
		return new NoiseSample(OffsetDateTime.parse(localTime + "+08:00").toInstant(), level);
	}

	@Test
	void averagesSoundEnergyNotDecibels() {
		// 10·lg((10^5 + 10^6)/2) = 10·lg(550000) = 57.40
		assertThat(NoiseLevels.equivalentLevel(new double[] { 50, 60 })).isCloseTo(57.40, within(0.01));
		assertThat(NoiseLevels.equivalentLevel(new double[] { 60, 60, 60 })).isCloseTo(60, within(1e-9));
	}

	@Test
	void splitsSamplesIntoDayAndNightAndDatesANightByItsEvening() {
		List<PeriodNoise> periods = NoiseLevels.byPeriod(List.of(sample("2026-05-01T05:59:00", 40),
				sample("2026-05-01T06:00:00", 52), sample("2026-05-01T21:59:00", 52), sample("2026-05-01T22:00:00", 44)),
				CHINA, NoiseZone.CLASS_1);

		assertThat(periods).extracting(PeriodNoise::date, PeriodNoise::period, PeriodNoise::samples)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 30), NoisePeriod.NIGHT, 1),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), NoisePeriod.DAY, 2),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), NoisePeriod.NIGHT, 1));
		assertThat(periods.get(1).equivalentLevel()).isEqualTo(52.0);
		assertThat(periods.get(1).limit()).isEqualTo(55);
		assertThat(periods.get(1).exceeded()).isFalse();
	}

	@Test
	void nightAboveTheZoneLimitIsAnExceedanceAndALoudMinuteIsSuddenNoise() {
		// zone 1 night limit 45; samples 44, 44, 61: L_n = 10·lg((2·10^4.4 + 10^6.1)/3) = 10·lg(436388) = 56.40; 61 > 45+15
		List<PeriodNoise> periods = NoiseLevels.byPeriod(
				List.of(sample("2026-05-01T23:00:00", 44), sample("2026-05-01T23:01:00", 44), sample("2026-05-01T23:02:00", 61)),
				CHINA, NoiseZone.of("1"));

		PeriodNoise night = periods.get(0);
		assertThat(night.equivalentLevel()).isEqualTo(56.4);
		assertThat(night.exceeded()).isTrue();
		assertThat(night.exceedance()).isEqualTo(11.4);
		assertThat(night.suddenNoiseExceeded()).isTrue();
	}

	@Test
	void zoneClassesCarryTheLimitsOfGb3096() {
		assertThat(NoiseZone.of("0").limit(NoisePeriod.DAY)).isEqualTo(50);
		assertThat(NoiseZone.of("2").limit(NoisePeriod.NIGHT)).isEqualTo(50);
		assertThat(NoiseZone.of("4a").limit(NoisePeriod.NIGHT)).isEqualTo(55);
		assertThat(NoiseZone.of("4b").limit(NoisePeriod.NIGHT)).isEqualTo(60);
		assertThat(NoiseZone.of("3").limit(NoisePeriod.DAY)).isEqualTo(65);
		assertThatThrownBy(() -> NoiseZone.of("5")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesImpossibleLevels() {
		assertThatThrownBy(() -> NoiseLevels.byPeriod(List.of(sample("2026-05-01T23:00:00", Double.NaN)), CHINA, NoiseZone.CLASS_2))
			.isInstanceOf(InvalidInputException.class);
	}
}
