package org.cityos.sensing.indices;

import org.jspecify.annotations.Nullable;

/** The congestion index (0–10, 0.1 step) of a segment, its level, and what it was derived from. */
public record SegmentCongestion(double index, CongestionLevel level, @Nullable Double speedRatio, Basis basis, double flow) {

	public enum Basis {
		/** mean speed against free-flow speed */
		SPEED,
		/** no speed (nobody passed): occupancy tells an empty road from a standstill */
		OCCUPANCY
	}
}
