package org.cityos.sensing.indices;

/** Rivers, or lakes and reservoirs (湖、库), which have stricter total-phosphorus limits. */
public enum WaterBody {
	RIVER, LAKE_OR_RESERVOIR
}
