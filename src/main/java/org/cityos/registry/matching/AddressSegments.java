package org.cityos.registry.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An address cut into its segments (区, 路, 号, 栋, 单元, 室 ...) after the spellings departments vary
 * are unified: the province and city prefix is dropped (every record is from the same city),
 * Chinese numerals before a unit become digits (三栋 → 3栋), and 号楼/幢/座 read as 栋. The segments
 * are compared as a set, so a missing room number or a reordered tail still shares most of them.
 */
final class AddressSegments {

	private static final Pattern PROVINCE = Pattern.compile("^[^省]{2,7}省");

	private static final Pattern CITY = Pattern.compile("^[^市区县路街]{2,7}市");

	private static final String NUMERALS = "〇零一二三四五六七八九";

	private AddressSegments() {
	}

	/** Sorted, distinct segments; null when the address is missing. */
	static String @Nullable [] of(@Nullable String raw) {
		String text = HalfWidth.fold(raw);
		if (text == null) {
			return null;
		}
		text = CITY.matcher(PROVINCE.matcher(text).replaceFirst("")).replaceFirst("");
		text = arabic(text).replace("号楼", "栋").replace('幢', '栋').replace('座', '栋').replace("#", "号");
		List<String> segments = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ends = switch (c) {
				case '区', '县', '路', '街', '巷', '弄', '号', '栋', '室', '村', '镇', '层' -> true;
				case '道' -> i > 0 && text.charAt(i - 1) == '大';
				case '元' -> i > 0 && text.charAt(i - 1) == '单';
				default -> false;
			};
			if (ends) {
				segments.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			// A trailing bare number is a room: "5单元501" and "5单元501室" agree.
			String tail = text.substring(start);
			segments.add(tail.chars().allMatch(Character::isDigit) ? tail + "室" : tail);
		}
		return new TreeSet<>(segments).toArray(String[]::new);
	}

	/** Jaccard similarity of two sorted segment arrays. */
	static double overlap(String[] a, String[] b) {
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			int order = a[i].compareTo(b[j]);
			if (order == 0) {
				shared++;
				i++;
				j++;
			}
			else if (order < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) shared / (a.length + b.length - shared);
	}

	/** Chinese numerals (up to 九十九) followed by a unit become digits. */
	private static String arabic(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int end = i;
			while (end < text.length() && (NUMERALS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '十')) {
				end++;
			}
			if (end > i && end < text.length() && "号栋单室层楼幢座弄".indexOf(text.charAt(end)) >= 0) {
				out.append(value(text.substring(i, end)));
				i = end;
			}
			else if (end > i) {
				out.append(text, i, end);
				i = end;
			}
			else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	private static String value(String numerals) {
		int ten = numerals.indexOf('十');
		if (ten < 0) {
			StringBuilder digits = new StringBuilder();
			for (char c : numerals.toCharArray()) {
				digits.append(Math.max(0, NUMERALS.indexOf(c) - 1));
			}
			return digits.toString();
		}
		int tens = ten == 0 ? 1 : Math.max(0, NUMERALS.indexOf(numerals.charAt(0)) - 1);
		int units = ten == numerals.length() - 1 ? 0 : Math.max(0, NUMERALS.indexOf(numerals.charAt(ten + 1)) - 1);
		return Integer.toString(tens * 10 + units);
	}
}
