package org.cityos.registry.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference set indexed by blocking keys, so a record is compared with tens of candidates
 * instead of every reference record. Keys are chosen so each kind of error leaves at least one
 * intact: the birth date (name typos), surname pinyin + birth year (homophones, date typos in
 * month or day), the last 8 phone digits (everything else changed), and the name's sorted pinyin
 * (swapped names, wrong birth date). Built once; read-only afterwards, so safe to share between threads.
 */
final class BlockingIndex {

	private final NormalisedPerson[] people;

	private final Map<String, int[]> blocks;

	BlockingIndex(List<NormalisedPerson> people) {
		this.people = people.toArray(NormalisedPerson[]::new);
		Map<String, List<Integer>> building = new HashMap<>();
		for (int i = 0; i < this.people.length; i++) {
			for (String key : keys(this.people[i])) {
				building.computeIfAbsent(key, k -> new ArrayList<>(4)).add(i);
			}
		}
		this.blocks = new HashMap<>(building.size() * 2);
		building.forEach((key, members) -> blocks.put(key, members.stream().mapToInt(Integer::intValue).toArray()));
	}

	int size() {
		return people.length;
	}

	NormalisedPerson person(int index) {
		return people[index];
	}

	/** Indexes of the reference records sharing at least one key with the record, each once, ascending. */
	int[] candidates(NormalisedPerson record) {
		int[] found = new int[64];
		int count = 0;
		for (String key : keys(record)) {
			int[] members = blocks.get(key);
			if (members == null) {
				continue;
			}
			if (count + members.length > found.length) {
				found = Arrays.copyOf(found, Math.max(found.length * 2, count + members.length));
			}
			System.arraycopy(members, 0, found, count, members.length);
			count += members.length;
		}
		Arrays.sort(found, 0, count);
		int distinct = 0;
		for (int i = 0; i < count; i++) {
			if (distinct == 0 || found[distinct - 1] != found[i]) {
				found[distinct++] = found[i];
			}
		}
		return Arrays.copyOf(found, distinct);
	}

	static List<String> keys(NormalisedPerson person) {
		List<String> keys = new ArrayList<>(4);
		if (person.birthDigits >= 0) {
			keys.add("D" + person.birthDigits);
		}
		if (person.hasName()) {
			if (person.birthDigits >= 0) {
				keys.add("S" + person.surnamePinyin() + person.birthDigits / 10000);
			}
			keys.add("N" + person.sortedPinyin());
		}
		String phone = person.phone;
		if (phone != null && phone.length() >= 8) {
			keys.add("P" + phone.substring(phone.length() - 8));
		}
		return keys;
	}
}
