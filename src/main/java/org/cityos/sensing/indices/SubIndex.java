package org.cityos.sensing.indices;

import org.jspecify.annotations.Nullable;

/**
 * 空气质量分指数 of one item: the concentration as evaluated (rounded first in 2026) and its IAQI;
 * {@code standIn} names the item whose value was used instead (SO2 1h above 800 → SO2 24h).
 */
public record SubIndex(AqiItem item, Pollutant pollutant, double concentration, int iaqi, @Nullable AqiItem standIn) {
}
