package org.cityos.demo.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo city's residents, person {@code i} always the same (a fixed seed per index), so that
 * every resource that names people (population, social security, housing fund, ...) names the
 * same ones without holding any list in memory. ID numbers are unique and valid (GB 11643):
 * the index picks district, birth date and sequence through a bijection, so no two people share one.
 */
final class SyntheticPeople {

	static final String[] DISTRICT_CODES = { "610402", "610403", "610404", "610405", "610406", "610407" };

	static final String[] DISTRICTS = { "渭滨区", "秦川区", "沣西区", "兰池区", "五陵区", "周原区" };

	private static final String[] STREETS = { "文林路", "人民路", "中山路", "凤凰大道", "长兴街", "金桥路", "东风路", "和平街",
			"建设路", "育才路", "龙台路", "玉泉路", "朝阳街", "永安路", "崇文路", "锦绣大道", "新城路", "柳湖路", "杏林街", "太白路" };

	private static final String[] ESTATES = { "阳光小区", "锦园", "华苑小区", "金桥花园", "怡景苑", "和平里", "书香苑", "春晖园",
			"文汇小区", "泰和家园", "滨河苑", "银杏里" };

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

	private static final String MALE = "伟强磊军勇杰涛斌超明辉刚健鹏华飞浩宇博文俊峰建国志海波亮鑫凯晨阳洋龙松林";

	private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧莹琳丹萍红梅颖佳欣怡璐瑶倩晶蕾楠晓月春兰凤洁";

	static final List<String> ETHNICITIES = List.of("汉族", "回族", "满族", "蒙古族", "藏族", "土家族");

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

	private static final int BIRTH_DAYS = 30_000; // 1940 – early 2022

	private static final long CAPACITY = (long) DISTRICT_CODES.length * BIRTH_DAYS * 500;

	/** Coprime to CAPACITY (a prime), so that i → i·STRIDE mod CAPACITY is a bijection. */
	private static final long STRIDE = 7_919;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = "10X98765432".toCharArray();

	private SyntheticPeople() {
	}

	record Person(String idNumber, String name, String gender, LocalDate birthDate, String ethnicity, int district,
			String address, String phone) {
	}

	static Person person(long index) {
		long slot = Math.floorMod(index * STRIDE, CAPACITY);
		int district = (int) (slot % DISTRICT_CODES.length);
		int day = (int) ((slot / DISTRICT_CODES.length) % BIRTH_DAYS);
		int serial = (int) (slot / ((long) DISTRICT_CODES.length * BIRTH_DAYS));
		SplittableRandom random = new SplittableRandom(0x5eed_c17L ^ index * 0x9E3779B97F4A7C15L);
		boolean male = random.nextBoolean();
		LocalDate birth = FIRST_BIRTH.plusDays(day);
		String sequence = String.format("%03d", serial * 2 + (male ? 1 : 0));
		String id = withCheck(DISTRICT_CODES[district] + birth.toString().replace("-", "") + sequence);
		String given = male ? pick(MALE, random) : pick(FEMALE, random);
		if (random.nextInt(3) > 0) {
			given += male ? pick(MALE, random) : pick(FEMALE, random);
		}
		String ethnicity = random.nextInt(100) < 94 ? "汉族" : ETHNICITIES.get(1 + random.nextInt(ETHNICITIES.size() - 1));
		String address = "宝城市" + DISTRICTS[district] + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(299)) + "号"
				+ ESTATES[random.nextInt(ESTATES.length)] + (1 + random.nextInt(30)) + "栋" + (1 + random.nextInt(6)) + "单元"
				+ (101 + random.nextInt(30) * 100 + random.nextInt(4)) + "室";
		String phone = "1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
		return new Person(id, pick(SURNAMES, random) + given, male ? "男" : "女", birth, ethnicity, district, address, phone);
	}

	/** The 17 digits with their GB 11643 check character. */
	static String withCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK[sum % 11];
	}

	/** The wrong check character for a valid number: what a typo in a delivery looks like. */
	static String withWrongCheck(String valid) {
		char right = valid.charAt(17);
		char wrong = right == '0' ? '1' : (char) (right == 'X' ? '5' : right == '9' ? '0' : right + 1);
		return valid.substring(0, 17) + wrong;
	}

	static String pick(String characters, SplittableRandom random) {
		return String.valueOf(characters.charAt(random.nextInt(characters.length())));
	}

	static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}
}
