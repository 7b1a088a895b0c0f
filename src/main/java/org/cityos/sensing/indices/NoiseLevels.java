package org.cityos.sensing.indices;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.shared.InvalidInputException;

/**
 * 等效连续A声级 per GB 3096 period. L_Aeq = 10·lg( (1/n)·Σ 10^(0.1·L_i) ): sound energy is
 * averaged, not decibels, so one loud minute weighs more than many quiet ones. The period's
 * level, rounded to 0.1 dB, is compared with the zone's limit.
 */
public final class NoiseLevels {

	/** GB 3096-2008 §5.2: a sudden night noise may not exceed the limit by more than 15 dB(A). */
	static final int SUDDEN_NIGHT_ALLOWANCE = 15;

	private NoiseLevels() {
	}

	public static double equivalentLevel(double[] levels) {
		if (levels.length == 0) {
			throw new InvalidInputException("no sound levels to average");
		}
		double energy = 0;
		for (double level : levels) {
			energy += Math.pow(10, level / 10);
		}
		return 10 * Math.log10(energy / levels.length);
	}

	/** The day and night periods the samples fall in, in time order, each against the zone's limit. */
	public static List<PeriodNoise> byPeriod(List<NoiseSample> samples, ZoneId zone, NoiseZone noiseZone) {
		Map<String, List<Double>> levelsByPeriod = new TreeMap<>();
		for (NoiseSample sample : samples) {
			if (sample == null || sample.time() == null) {
				throw InvalidInputException.ofField("time", "every sample needs a time");
			}
			if (!Double.isFinite(sample.level()) || sample.level() < 0 || sample.level() > 200) {
				throw InvalidInputException.ofField("level", "not a sound level in dB(A): " + sample.level());
			}
			ZonedDateTime local = sample.time().atZone(zone);
			NoisePeriod period = NoisePeriod.of(local.toLocalTime());
			LocalDate date = period == NoisePeriod.NIGHT && local.getHour() < 6 ? local.toLocalDate().minusDays(1)
					: local.toLocalDate();
			levelsByPeriod.computeIfAbsent(date + "|" + period.ordinal(), key -> new ArrayList<>()).add(sample.level());
		}
		List<PeriodNoise> periods = new ArrayList<>();
		levelsByPeriod.forEach((key, levels) -> {
			LocalDate date = LocalDate.parse(key.substring(0, key.indexOf('|')));
			NoisePeriod period = NoisePeriod.values()[Integer.parseInt(key.substring(key.indexOf('|') + 1))];
			double[] values = levels.stream().mapToDouble(Double::doubleValue).toArray();
			double equivalent = Math.round(equivalentLevel(values) * 10) / 10.0;
			double maximum = levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
			int limit = noiseZone.limit(period);
			double exceedance = Math.max(0, Math.round((equivalent - limit) * 10) / 10.0);
			periods.add(new PeriodNoise(date, period, values.length, equivalent, maximum, limit, exceedance > 0, exceedance,
					period == NoisePeriod.NIGHT && maximum > limit + SUDDEN_NIGHT_ALLOWANCE));
		});
		return periods;
	}
}
