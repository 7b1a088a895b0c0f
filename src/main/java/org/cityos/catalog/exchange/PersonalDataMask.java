package org.cityos.catalog.exchange;

import java.util.List;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.jspecify.annotations.Nullable;

/**
 * How a personal item's values are masked in exchange (STANDARDS.md §1): ID numbers keep the
 * first 6 and last 4 characters, phones the first 3 and last 4 digits, names the first
 * character, addresses up to the street; other personal text keeps its first and last
 * character, other personal dates keep the year, other personal values are withheld (null).
 * The kind is chosen from the item's identifier kind, then from its label and name (姓名 /
 * {@code *name}, 地址 / {@code *address}).
 */
public enum PersonalDataMask {

	ID_NUMBER, PHONE, NAME, ADDRESS, TEXT, DATE, WITHHELD;

	/** Street-level suffixes, longest first, where an address stops being shown. */
	private static final List<String> STREET_LEVEL = List.of("街道", "大街", "大道", "胡同", "路", "街", "巷", "镇", "乡", "村");

	static PersonalDataMask of(InformationItem item) {
		if (item.identifier() == IdentifierKind.CITIZEN_ID) {
			return ID_NUMBER;
		}
		if (item.identifier() == IdentifierKind.PHONE) {
			return PHONE;
		}
		if (item.type() == ItemType.DATE) {
			return DATE;
		}
		if (item.type() != ItemType.STRING) {
			return WITHHELD;
		}
		if (item.label().contains("姓名") || item.name().endsWith("name")) {
			return NAME;
		}
		if (item.label().contains("地址") || item.label().contains("住址") || item.name().endsWith("address")) {
			return ADDRESS;
		}
		if (item.label().contains("电话") || item.label().contains("手机") || item.name().endsWith("phone")) {
			return PHONE;
		}
		return TEXT;
	}

	/** The masked form of a value read from the data table (already in its JSON form: text for dates). */
	@Nullable Object apply(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (this == WITHHELD) {
			return null;
		}
		String text = value.toString();
		return switch (this) {
			case ID_NUMBER -> keep(text, 6, 4);
			case PHONE -> keep(text, 3, 4);
			case NAME -> keep(text, compoundSurname(text) ? 2 : 1, 0);
			case ADDRESS -> address(text);
			case TEXT -> keep(text, 1, 1);
			case DATE -> text.length() >= 4 ? text.substring(0, 4) + "-**-**" : "****";
			case WITHHELD -> null;
		};
	}

	/** 复姓: two-character surnames keep both characters (欧阳**). */
	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
			"公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "呼延", "百里",
			"闻人", "澹台", "公冶", "申屠", "钟离", "宗政", "濮阳", "淳于", "赫连", "拓跋");

	private static boolean compoundSurname(String name) {
		return name.length() >= 3 && COMPOUND_SURNAMES.stream().anyMatch(name::startsWith);
	}

	/**
	 * Keeps {@code head} and {@code tail} code points and stars the rest; a value no longer than
	 * what would be kept shows one character less, so something is always hidden.
	 */
	static String keep(String text, int head, int tail) {
		int[] points = text.codePoints().toArray();
		if (points.length <= head + tail) {
			head = Math.min(head, Math.max(points.length - 1, 0));
			tail = 0;
		}
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			boolean shown = i < head || i >= points.length - tail;
			masked.appendCodePoint(shown ? points[i] : '*');
		}
		return masked.toString();
	}

	/** Up to and including the first street-level part after the district; the rest starred (4 stars, not its length). */
	static String address(String text) {
		int from = Math.max(Math.max(text.indexOf('区'), text.indexOf('县')), 0);
		int start = -1;
		int end = -1;
		for (String marker : STREET_LEVEL) {
			int at = text.indexOf(marker, from);
			if (at >= 0 && (start < 0 || at < start || (at == start && at + marker.length() > end))) {
				start = at;
				end = at + marker.length();
			}
		}
		if (end < 0 || end >= text.length()) {
			end = Math.min(6, Math.max(text.length() - 1, 0));
		}
		return text.substring(0, end) + "****";
	}
}
