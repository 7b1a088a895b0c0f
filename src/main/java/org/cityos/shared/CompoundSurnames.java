package org.cityos.shared;

import java.util.Set;

/**
 * 复姓: two-character surnames, kept whole when a name is masked ({@code 欧阳娜娜} → {@code 欧阳**}).
 * <p>
 * The list is the compound surnames of the 百家姓 that people still carry, minus those whose
 * two characters far more often read as a one-character surname and the start of a given name
 * (乐正: 乐 + 正华, 宗政: 宗 + 政, 单于: 单 + 于). A false match shows one more character than
 * the rule allows, a missed one shows one fewer, so doubtful entries are left out.
 */
final class CompoundSurnames {

	private static final Set<String> SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史",
			"申屠", "钟离", "闻人", "赫连", "司空", "万俟", "公羊", "仲孙", "鲜于", "闾丘", "淳于", "拓跋", "东郭", "濮阳", "巫马",
			"颛孙", "漆雕", "亓官", "段干", "羊舌", "梁丘", "左丘", "第五", "公西", "司寇", "子车", "夹谷", "宰父", "谷梁", "微生",
			"太叔");

	private CompoundSurnames() {
	}

	/** Whether the name's first two characters (both in the BMP, as all these are) are a compound surname. */
	static boolean startsWithOne(String name) {
		return name.length() >= 2 && SURNAMES.contains(name.substring(0, 2));
	}
}
