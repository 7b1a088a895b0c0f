package org.cityos.demo.city;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Invented but plausible names for the demo city's divisions, drawn without repetition so that
 * a name search finds one place. Shuffled with the generator's random source, hence stable
 * for a given seed.
 */
final class DemoCityNames {

	static final List<String> DISTRICTS = List.of("渭滨区", "秦川区", "沣西区", "兰池区", "五陵区", "周原区");

	private static final List<String> STREET_STEMS = List.of("文林", "人民", "中山", "凤凰", "长兴", "金桥", "东风", "和平",
			"建设", "安定", "育才", "龙台", "玉泉", "朝阳", "永安", "乐育", "崇文", "尚德", "怡园", "清渠", "锦绣", "华苑", "新城",
			"古槐", "柳湖", "杏林", "丰禾", "万年", "太白", "汉陵", "秦风", "渭畔", "北塬", "南湖", "兴业", "广济", "博学", "望贤",
			"文汇", "通济", "振华", "宝泉", "桃园", "汉韵", "马坊", "龙泉", "石桥", "瓦窑", "高庙", "白鹿", "青龙", "双泉");

	private static final List<String> COMMUNITY_FIRST = List.of("文", "兴", "康", "和", "安", "华", "明", "新", "福", "永",
			"嘉", "瑞", "怡", "佳", "润", "泰", "祥", "德", "盛", "荣", "锦", "金", "丽", "春");

	private static final List<String> COMMUNITY_SECOND = List.of("苑", "园", "林", "馨", "城", "居", "乐", "泉", "宁",
			"源", "湖", "庭", "景");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
			"孙", "马", "胡", "朱", "郭", "何", "高", "罗", "郑", "梁", "谢", "韩", "唐");

	private static final List<String> VILLAGE_ENDINGS = List.of("家庄", "家堡", "家寨", "家湾", "家坡", "家沟", "家营",
			"家河");

	private final Deque<String> streetStems;

	private final Deque<String> communityNames;

	private final Deque<String> villageNames;

	DemoCityNames(Random random) {
		streetStems = shuffled(STREET_STEMS, random);
		List<String> communities = new ArrayList<>();
		for (String first : COMMUNITY_FIRST) {
			for (String second : COMMUNITY_SECOND) {
				communities.add(first + second);
			}
		}
		communityNames = shuffled(communities, random);
		List<String> villages = new ArrayList<>();
		for (String surname : SURNAMES) {
			for (String ending : VILLAGE_ENDINGS) {
				villages.add(surname + ending);
			}
		}
		villageNames = shuffled(villages, random);
	}

	/** 街道 in the built-up core, 镇 on the outskirts. */
	String street(boolean town) {
		return take(streetStems, "street") + (town ? "镇" : "街道");
	}

	/** 社区 under a 街道, 村 under a 镇. */
	String community(boolean village) {
		return village ? take(villageNames, "village") + "村" : take(communityNames, "community") + "社区";
	}

	static String grid(String communityName, int sequence) {
		return communityName + "第" + String.format("%02d", sequence) + "网格";
	}

	private static Deque<String> shuffled(List<String> names, Random random) {
		List<String> copy = new ArrayList<>(names);
		Collections.shuffle(copy, random);
		return new ArrayDeque<>(copy);
	}

	private static String take(Deque<String> names, String kind) {
		String name = names.poll();
		if (name == null) {
			throw new IllegalStateException("ran out of " + kind + " names; enlarge the name lists");
		}
		return name;
	}
}
