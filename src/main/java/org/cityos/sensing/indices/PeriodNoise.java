package org.cityos.sensing.indices;

import java.time.LocalDate;

/**
 * One evaluated period: its equivalent level (L_d or L_n, 0.1 dB), the zone limit, by how much it
 * is exceeded (0 when not), the loudest sample and whether a night sample broke the 15 dB(A)
 * allowance for sudden noise (突发噪声). A night is dated by the evening it starts.
 */
public record PeriodNoise(LocalDate date, NoisePeriod period, int samples, double equivalentLevel, double maximumLevel,
		int limit, boolean exceeded, double exceedance, boolean suddenNoiseExceeded) {
}
