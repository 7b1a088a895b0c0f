package org.cityos.sensing.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cityos.sensing.indices.AqiStandard;
import org.cityos.sensing.indices.NoiseLevels;
import org.cityos.sensing.indices.NoiseSample;
import org.cityos.sensing.indices.NoiseZone;
import org.cityos.sensing.indices.PeriodNoise;
import org.cityos.sensing.overview.SensorReadings.Reading;
import org.cityos.sensing.overview.SensorReadings.SensorThing;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 昼间/夜间 L_Aeq per noise sensor for a date (06:00 that day to 06:00 the next, China time), from
 * the raw observations of its {@code LAEQ} datastream (energy averages need the samples, not the
 * rollups' arithmetic means), against the GB 3096 class in the Thing's {@code zone} property.
 */
@Service
public class NoiseReports {

	private final SensorReadings readings;

	NoiseReports(SensorReadings readings) {
		this.readings = readings;
	}

	public record SensorNoise(long thingId, String name, @Nullable Double lon, @Nullable Double lat, @Nullable String zone,
			List<PeriodNoise> periods, @Nullable String problem) {
	}

	public List<SensorNoise> byPeriod(LocalDate date) {
		Instant from = date.atTime(6, 0).atZone(AqiStandard.CHINA).toInstant();
		Instant to = date.plusDays(1).atTime(6, 0).atZone(AqiStandard.CHINA).toInstant();
		List<SensorNoise> out = new ArrayList<>();
		for (SensorThing thing : readings.things(SensorKinds.NOISE)) {
			Reading level = thing.readings().stream()
				.filter(r -> r.observedProperty().equalsIgnoreCase(SensorKinds.NOISE_LEVEL))
				.findFirst().orElse(null);
			if (level == null) {
				continue;
			}
			if (thing.zone() == null) {
				out.add(new SensorNoise(thing.id(), thing.name(), thing.lon(), thing.lat(), null, List.of(),
						"the Thing has no zone property (GB 3096 class 0, 1, 2, 3, 4a, 4b)"));
				continue;
			}
			NoiseZone zone;
			try {
				zone = NoiseZone.of(thing.zone());
			}
			catch (InvalidInputException ex) {
				out.add(new SensorNoise(thing.id(), thing.name(), thing.lon(), thing.lat(), thing.zone(), List.of(), ex.getMessage()));
				continue;
			}
			List<NoiseSample> samples = readings.series(level.datastreamId(), from, to).stream()
				.map(p -> new NoiseSample(Instant.ofEpochMilli((long) p[0]), p[1]))
				.toList();
			List<PeriodNoise> periods = samples.isEmpty() ? List.of() : NoiseLevels.byPeriod(samples, AqiStandard.CHINA, zone);
			out.add(new SensorNoise(thing.id(), thing.name(), thing.lon(), thing.lat(), zone.code(), periods, null));
		}
		return out;
	}
}
