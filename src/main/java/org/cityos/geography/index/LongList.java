package org.cityos.geography.index;

import java.util.Arrays;

/** A growable list of longs (packed cell/polygon pairs) while the index is built. */
final class LongList {

	private long[] values = new long[1024];

	private int size;

	void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	long[] toSortedArray() {
		long[] sorted = Arrays.copyOf(values, size);
		Arrays.sort(sorted);
		return sorted;
	}
}
