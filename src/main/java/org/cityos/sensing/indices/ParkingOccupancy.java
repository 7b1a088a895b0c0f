package org.cityos.sensing.indices;

import org.cityos.shared.InvalidInputException;

/**
 * 停车场占用: occupied share of a lot's spaces, free spaces and the status a guidance sign shows
 * (空闲 below 80 %, 紧张 from 80 %, 已满 from 95 % or no free space).
 */
public record ParkingOccupancy(int capacity, int occupied, int free, double ratio, Status status) {

	public enum Status {

		AVAILABLE("空闲"), TIGHT("紧张"), FULL("已满");

		private final String chineseName;

		Status(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return chineseName;
		}
	}

	/** Counts above the capacity (a missed exit) are held at full rather than refused. */
	public static ParkingOccupancy of(int capacity, int occupied) {
		if (capacity <= 0) {
			throw InvalidInputException.ofField("capacity", "must be > 0 spaces");
		}
		if (occupied < 0) {
			throw InvalidInputException.ofField("occupied", "must be ≥ 0");
		}
		int held = Math.min(occupied, capacity);
		double ratio = Math.round(1000.0 * held / capacity) / 1000.0;
		Status status = held == capacity || ratio >= 0.95 ? Status.FULL : ratio >= 0.8 ? Status.TIGHT : Status.AVAILABLE;
		return new ParkingOccupancy(capacity, held, capacity - held, ratio, status);
	}
}
