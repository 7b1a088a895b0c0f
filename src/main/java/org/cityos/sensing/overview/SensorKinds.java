package org.cityos.sensing.overview;

import java.util.Locale;

import org.cityos.sensing.indices.Pollutant;
import org.cityos.sensing.indices.WaterClass;
import org.cityos.sensing.indices.WaterParameter;
import org.jspecify.annotations.Nullable;

/**
 * The sensor kinds CityOS computes an index for ({@code properties.kind}) and the observed property
 * names it reads, in one place so that the simulator, gateways and readers agree.
 */
public final class SensorKinds {

	public static final String AIR = "air";

	public static final String NOISE = "noise";

	public static final String WATER = "water";

	public static final String TRAFFIC = "traffic";

	public static final String PARKING = "parking";

	public static final String MANHOLE = "manhole";

	/** L_Aeq over the observation interval, dB(A). */
	public static final String NOISE_LEVEL = "LAEQ";

	/** vehicles per hour, km/h, share of time the loop is covered (0–1), km/h. */
	public static final String FLOW = "FLOW";

	public static final String SPEED = "SPEED";

	public static final String OCCUPANCY = "OCCUPANCY";

	public static final String FREE_FLOW_SPEED = "FREE_FLOW_SPEED";

	/** occupied spaces and spaces of a parking lot. */
	public static final String OCCUPIED = "OCCUPIED";

	public static final String CAPACITY = "CAPACITY";

	/** manhole cover tilt in degrees. */
	public static final String TILT = "TILT";

	private SensorKinds() {
	}

	/** {@code PM2_5}, {@code PM2.5}, {@code pm25} → PM2_5; null when the name is no AQI pollutant. */
	public static @Nullable Pollutant pollutant(String observedProperty) {
		String name = observedProperty.strip().toUpperCase(Locale.ROOT).replace('.', '_').replace("PM25", "PM2_5");
		for (Pollutant pollutant : Pollutant.values()) {
			if (pollutant.name().equals(name)) {
				return pollutant;
			}
		}
		return null;
	}

	/** GB 3838 parameter by its name ({@code AMMONIA_NITROGEN}) or short name (NH3-N, DO, COD, CODMn, TP). */
	public static @Nullable WaterParameter waterParameter(String observedProperty) {
		String name = observedProperty.strip().toUpperCase(Locale.ROOT);
		return switch (name) {
			case "DO" -> WaterParameter.DISSOLVED_OXYGEN;
			case "COD" -> WaterParameter.CHEMICAL_OXYGEN_DEMAND;
			case "CODMN" -> WaterParameter.PERMANGANATE_INDEX;
			case "NH3-N", "NH3_N" -> WaterParameter.AMMONIA_NITROGEN;
			case "TP" -> WaterParameter.TOTAL_PHOSPHORUS;
			default -> {
				for (WaterParameter parameter : WaterParameter.values()) {
					if (parameter.name().equals(name)) {
						yield parameter;
					}
				}
				yield null;
			}
		};
	}

	/** "III", "Ⅲ", "3", "Ⅲ类" → III; null when unreadable. */
	public static @Nullable WaterClass waterClass(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String name = text.strip().replace("类", "").toUpperCase(Locale.ROOT);
		return switch (name) {
			case "I", "Ⅰ", "1" -> WaterClass.I;
			case "II", "Ⅱ", "2" -> WaterClass.II;
			case "III", "Ⅲ", "3" -> WaterClass.III;
			case "IV", "Ⅳ", "4" -> WaterClass.IV;
			case "V", "Ⅴ", "5" -> WaterClass.V;
			default -> null;
		};
	}
}
