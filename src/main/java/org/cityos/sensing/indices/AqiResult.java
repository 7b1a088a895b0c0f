package org.cityos.sensing.indices;

import java.time.Instant;
import java.util.List;

/**
 * An AQI with everything a bulletin shows: the version used, the sub-indices, category (类别,
 * 级别, colour), the primary pollutants (首要污染物: those with the highest IAQI, all tied ones,
 * only when AQI > 50) and the exceeding ones (超标污染物: IAQI > 100).
 */
public record AqiResult(AqiStandard standard, AqiReport report, Instant time, int aqi, AqiCategory category,
		List<SubIndex> subIndices, List<Pollutant> primaryPollutants, List<Pollutant> exceedingPollutants) {

	public boolean heavilyPolluted() {
		return aqi > 200;
	}
}
