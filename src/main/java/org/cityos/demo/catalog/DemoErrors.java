package org.cityos.demo.catalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The mistakes departments' records really carry, injected at known rates so that the base
 * registries' comparison, the review queue and the scorecards have something true to show: a
 * homophone typed for a character of the given name (伟 → 玮), a birth date off by a day or with
 * month and day swapped, an address the person left years ago, an old phone number.
 */
final class DemoErrors {

	private static final Map<Character, Character> HOMOPHONES = homophones(
			"伟玮 强蔷 军君 杰洁 涛韬 斌彬 明铭 辉晖 华桦 飞菲 浩皓 宇羽 文雯 俊骏 峰锋 波博 亮靓 凯锴 晨辰 阳扬 洋杨 龙隆 松嵩 林琳"
					+ " 芳方 娜纳 敏闽 静婧 丽莉 艳燕 娟鹃 霞侠 燕艳 玲铃 婷亭 慧惠 莹盈 琳林 丹单 萍平 红宏 梅玫 颖影 佳嘉 欣心"
					+ " 怡宜 璐露 瑶遥 倩茜 晶静 蕾磊 楠南 晓小 月悦 春椿 兰岚 凤风 洁杰 鹏朋 博波 鑫新 超朝 磊蕾 勇永 刚钢 健建 建健 国帼 志智");

	private DemoErrors() {
	}

	/** The name with one character of the given name replaced by a homophone, when there is one. */
	static String homophone(String name, SplittableRandom random) {
		int start = 1 + random.nextInt(name.length() - 1);
		for (int i = 0; i < name.length() - 1; i++) {
			int at = 1 + (start - 1 + i) % (name.length() - 1);
			Character other = HOMOPHONES.get(name.charAt(at));
			if (other != null) {
				return name.substring(0, at) + other + name.substring(at + 1);
			}
		}
		return name;
	}

	static LocalDate wrongBirthDate(LocalDate birth, SplittableRandom random) {
		if (random.nextBoolean() && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
			return LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
		}
		return birth.plusDays(random.nextBoolean() ? 1 : -1);
	}

	/** Where someone else lives: the address the record kept after the person moved. */
	static String staleAddress(long personIndex, long people) {
		return SyntheticPeople.person((personIndex + 7_777) % people).address();
	}

	static String oldPhone(SplittableRandom random) {
		return "13" + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
	}

	private static Map<Character, Character> homophones(String pairs) {
		Map<Character, Character> map = new java.util.HashMap<>();
		for (String pair : pairs.split(" ")) {
			map.put(pair.charAt(0), pair.charAt(1));
		}
		return Map.copyOf(map);
	}
}
