package org.cityos.registry.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import org.cityos.shared.PhoneNumber;
import org.cityos.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A person record in the form the comparators read, computed once per record: the name as
 * characters with their pinyin, the birth date as {@code yyyymmdd} digits, the address as segments
 * and the phone as national digits. Immutable.
 */
final class NormalisedPerson {

	/** 复姓 common enough to split a name differently; the rest start with a one-character surname. */
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
			"公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "百里");

	final String reference;

	final @Nullable String name;

	/** Pinyin per character of the name. */
	final String @Nullable [] syllables;

	final int surnameLength;

	final int birthDigits;

	final @Nullable LocalDate birthDate;

	final @Nullable Sex sex;

	final String @Nullable [] address;

	final @Nullable String phone;

	private NormalisedPerson(PersonRecord record) {
		this.reference = record.reference();
		String folded = HalfWidth.fold(record.name());
		this.name = folded == null ? null : folded.replace("·", "").replace(".", "");
		if (name != null && !name.isEmpty()) {
			syllables = new String[name.length()];
			for (int i = 0; i < name.length(); i++) {
				syllables[i] = Pinyin.of(name.charAt(i));
			}
			surnameLength = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
		}
		else {
			syllables = null;
			surnameLength = 0;
		}
		this.birthDate = record.birthDate();
		this.birthDigits = birthDate == null ? -1
				: birthDate.getYear() * 10000 + birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth();
		this.sex = record.sex();
		this.address = AddressSegments.of(record.address());
		this.phone = phoneDigits(record.phone());
	}

	static NormalisedPerson of(PersonRecord record) {
		return new NormalisedPerson(record);
	}

	boolean hasName() {
		return syllables != null;
	}

	/** The surname's pinyin, e.g. {@code zhang}, {@code ouyang}. */
	String surnamePinyin() {
		String[] s = syllables;
		if (s == null) {
			throw new IllegalStateException("No name");
		}
		return surnameLength == 2 ? s[0] + s[1] : s[0];
	}

	/** The name's syllables sorted: the same for homophones and for swapped family and given name. */
	String sortedPinyin() {
		String[] s = syllables;
		if (s == null) {
			throw new IllegalStateException("No name");
		}
		String[] sorted = s.clone();
		Arrays.sort(sorted);
		return String.join(" ", sorted);
	}

	/**
	 * National digits when the number is valid; otherwise the digits as typed, when there are enough
	 * to compare the last eight (a local number without its area code).
	 */
	private static @Nullable String phoneDigits(@Nullable String raw) {
		String folded = HalfWidth.fold(raw);
		if (folded == null) {
			return null;
		}
		String national = PhoneNumber.normalise(folded);
		if (national != null) {
			return national;
		}
		String digits = folded.replaceAll("\\D", "");
		return digits.length() >= 7 ? digits : null;
	}
}
