package org.cityos.shared;

import org.jspecify.annotations.Nullable;

/**
 * Where the street level of a Chinese address ends, for {@link Masking#address}: what comes
 * after it (community, building, unit, room) is personal.
 * <p>
 * The rule, tried in order, on the part of the address before its first digit (house, building
 * and room numbers are never street level):
 * <ol>
 * <li>the first township marker (乡镇级: 街道, 镇, 乡, 苏木) — unless a road marker comes
 * earlier and is not part of the township's name ({@code 人民路街道} is a township named after a
 * road, {@code 建国路国贸小镇} is a road and then an estate);</li>
 * <li>otherwise the first road marker (路, 街, 道, 大道, 巷, 胡同);</li>
 * <li>otherwise the first county-level division (区, 县, 旗, but not 社区, 小区 and the like), or
 * failing that the first city (市);</li>
 * <li>otherwise nothing is kept.</li>
 * </ol>
 * A marker right after a division suffix or right before one is part of a place name, not a
 * marker: 镇江市, 乡宁县, 镇海区, 路北区, 北镇市. The rule errs towards masking more: a name the rule
 * misreads (a county named X镇 that is followed by something other than its suffix) hides a
 * level that could have been shown, never shows one that should be hidden.
 */
final class StreetLevel {

	private static final String[] TOWNSHIP_MARKERS = { "街道", "镇", "乡", "苏木" };

	private static final String[] ROAD_MARKERS = { "大道", "胡同", "路", "街", "道", "巷" };

	private static final String DIVISION_SUFFIXES = "省市区县旗州盟";

	/** Words ending in 区 that are not districts: 社区 is a community, 自治区 a province. */
	private static final String[] NOT_DISTRICTS = { "社区", "小区", "园区", "景区", "校区", "厂区", "片区", "营区", "院区",
			"街区", "自治区", "行政区" };

	private static final String[] NOT_CITIES = { "超市", "市场" };

	private StreetLevel() {
	}

	/** The index the kept part ends at: 0 keeps nothing, the length keeps everything. */
	static int end(String address) {
		int limit = firstDigit(address);
		Marker township = first(address, limit, TOWNSHIP_MARKERS);
		Marker road = first(address, limit, ROAD_MARKERS);
		if (township != null) {
			boolean roadFirst = road != null && road.start() < township.start() && road.end() != township.start();
			return roadFirst ? road.end() : township.end();
		}
		if (road != null) {
			return road.end();
		}
		return Math.max(county(address, limit), 0);
	}

	private record Marker(int start, int end) {
	}

	/** The first marker that ends by {@code limit} and is not part of a place name. */
	private static @Nullable Marker first(String address, int limit, String[] markers) {
		for (int i = 1; i < limit; i++) {
			for (String marker : markers) {
				int end = i + marker.length();
				if (end <= limit && address.startsWith(marker, i) && !partOfPlaceName(address, i, end)) {
					return new Marker(i, end);
				}
			}
		}
		return null;
	}

	private static boolean partOfPlaceName(String address, int start, int end) {
		boolean afterSuffix = DIVISION_SUFFIXES.indexOf(address.charAt(start - 1)) >= 0;
		boolean beforeSuffix = end < address.length() && DIVISION_SUFFIXES.indexOf(address.charAt(end)) >= 0;
		return afterSuffix || beforeSuffix;
	}

	private static int county(String address, int limit) {
		for (int i = 1; i < limit; i++) {
			char c = address.charAt(i);
			if ((c == '区' && !endsWithAny(address, i + 1, NOT_DISTRICTS)) || c == '县' || c == '旗') {
				return i + 1;
			}
		}
		for (int i = 1; i < limit; i++) {
			if (address.charAt(i) == '市' && !coveredByAny(address, i, NOT_CITIES)) {
				return i + 1;
			}
		}
		return -1;
	}

	private static boolean endsWithAny(String address, int end, String[] words) {
		for (String word : words) {
			if (end >= word.length() && address.startsWith(word, end - word.length())) {
				return true;
			}
		}
		return false;
	}

	/** Whether one of the words covers position {@code i} (超市 ends there, 市场 starts there). */
	private static boolean coveredByAny(String address, int i, String[] words) {
		for (String word : words) {
			int offset = word.indexOf(address.charAt(i));
			if (offset >= 0 && i - offset >= 0 && address.startsWith(word, i - offset)) {
				return true;
			}
		}
		return false;
	}

	/** Any digit: ASCII, full-width (０–９) or another script's, as Character.isDigit knows them. */
	private static int firstDigit(String address) {
		for (int i = 0; i < address.length(); i += Character.charCount(address.codePointAt(i))) {
			if (Character.isDigit(address.codePointAt(i))) {
				return i;
			}
		}
		return address.length();
	}
}
