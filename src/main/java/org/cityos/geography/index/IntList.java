package org.cityos.geography.index;

import java.util.Arrays;

/** A growable list of ints, to build the index's arrays without boxing. */
final class IntList {

	private int[] values = new int[16];

	private int size;

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	void addAll(IntList other) {
		for (int i = 0; i < other.size; i++) {
			add(other.values[i]);
		}
	}

	boolean contains(int value) {
		for (int i = 0; i < size; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	void sort() {
		Arrays.sort(values, 0, size);
	}

	void clear() {
		size = 0;
	}

	int size() {
		return size;
	}

	int[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
