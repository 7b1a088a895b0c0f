package org.cityos.registry.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cityos.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A labelled synthetic pair of sources for measuring matching: a reference set of people in a
 * fictional city, and an incoming department's records, most of them copies of reference people
 * with the errors real records carry (typos, 同音字, swapped family and given name, missing fields,
 * stale addresses and changed phones, different spellings of the same address and number), the
 * rest people not in the reference set who look like someone who is: the same name, a homophone
 * name, or a family member at the same address sharing the landline. Deterministic for a seed.
 */
public final class SyntheticPeople {

	/**
	 * @param truth incoming record reference → the reference record it is; absent for people not in the reference set
	 */
	public record LabelledSet(List<PersonRecord> reference, List<PersonRecord> incoming, Map<String, String> truth) {
	}

	/** By frequency, most common first (王 李 张 刘 陈 ...). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟玮薇娜纳丽莉力立静婧晶敬军君俊明鸣铭华敏强勇永杰洁捷娟超秀平萍刚桂红宏鸿洪建剑健文雯辉慧惠玲琳霖婷斌彬飞菲波博宇雨羽玉浩昊凯欣新鑫佳嘉子梓思梅琴云芸海峰锋志智国东冬春雪晓倩颖莹英怡宜帆凡亮成诚龙安乐轩萱涵睿瑞泽航丹彤璐露琪琦振淑兰芬冰月悦星康宁珊磊蕾洋阳艳燕涛晨辰霞芳方";

	private static final String[] DISTRICTS = { "渭滨区", "秦川区", "五陵区", "沣西区", "兰池区", "周原区" };

	private static final String[] ROADS = { "秦川路", "渭河大道", "陈仓路", "宝光路", "经二路", "红旗路", "公园路", "金台大道", "姜城路",
			"高新大道", "石鼓路", "炎帝路", "东风路", "清姜路", "滨河路", "建设路", "文化路", "和平街", "新华街", "人民路" };

	private static final String CHINESE_DIGITS = "零一二三四五六七八九";

	private static final Map<Character, String> HOMOPHONES = homophones();

	private final SplittableRandom random;

	private SyntheticPeople(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * @param referenceSize people in the reference set
	 * @param copies incoming records that are reference people (each a different one)
	 * @param strangers incoming records of people not in the reference set
	 */
	public static LabelledSet generate(long seed, int referenceSize, int copies, int strangers) {
		return new SyntheticPeople(seed).labelledSet(referenceSize, copies, strangers);
	}

	private LabelledSet labelledSet(int referenceSize, int copies, int strangers) {
		List<PersonRecord> reference = new ArrayList<>(referenceSize);
		for (int i = 0; i < referenceSize; i++) {
			reference.add(person("人口库:" + i));
		}
		List<PersonRecord> incoming = new ArrayList<>(copies + strangers);
		Map<String, String> truth = new HashMap<>();
		int stride = Math.max(1, referenceSize / Math.max(1, copies));
		for (int i = 0; i < copies; i++) {
			PersonRecord original = reference.get(i * stride % referenceSize);
			PersonRecord copy = noisyCopy(original, "社保:" + i);
			incoming.add(copy);
			truth.put(copy.reference(), original.reference());
		}
		for (int i = 0; i < strangers; i++) {
			incoming.add(stranger(reference.get(random.nextInt(referenceSize)), "社保:x" + i));
		}
		return new LabelledSet(List.copyOf(reference), List.copyOf(incoming), Map.copyOf(truth));
	}

	private PersonRecord person(String reference) {
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		return new PersonRecord(reference, surname() + given(), birthDate(), sex, address(), mobile());
	}

	private String surname() {
		// Zipf-like: the few common surnames carry most people, as in the real distribution.
		int rank = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * SURNAMES.length());
		return random.nextInt(200) == 0 ? "欧阳" : String.valueOf(SURNAMES.charAt(rank));
	}

	private String given() {
		String first = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
		return random.nextInt(10) < 3 ? first : first + GIVEN.charAt(random.nextInt(GIVEN.length()));
	}

	private LocalDate birthDate() {
		return LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 68));
	}

	private String address() {
		return "陕西省秦州市" + DISTRICTS[random.nextInt(DISTRICTS.length)] + ROADS[random.nextInt(ROADS.length)]
				+ (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(30)) + "栋" + (1 + random.nextInt(6)) + "单元"
				+ ((1 + random.nextInt(30)) * 100 + 1 + random.nextInt(4)) + "室";
	}

	private String mobile() {
		StringBuilder phone = new StringBuilder("1").append(3 + random.nextInt(7));
		for (int i = 0; i < 9; i++) {
			phone.append(random.nextInt(10));
		}
		return phone.toString();
	}

	private PersonRecord noisyCopy(PersonRecord p, String reference) {
		return new PersonRecord(reference, noisyName(p.name()), noisyBirthDate(p.birthDate()), noisySex(p.sex()),
				noisyAddress(p.address()), noisyPhone(p.phone()));
	}

	private @Nullable String noisyName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		double roll = random.nextDouble();
		if (roll < 0.12) {
			return homophone(name);
		}
		if (roll < 0.16) {
			int at = 1 + random.nextInt(name.length() - 1);
			return name.substring(0, at) + GIVEN.charAt(random.nextInt(GIVEN.length())) + name.substring(at + 1);
		}
		if (roll < 0.20) {
			int surname = name.startsWith("欧阳") ? 2 : 1;
			return name.substring(surname) + name.substring(0, surname);
		}
		if (roll < 0.23) {
			return null;
		}
		return roll < 0.26 ? " " + name.charAt(0) + "\u3000" + name.substring(1) : name;
	}

	/** One character replaced by another with the same pinyin (李娜 → 李纳), when the name has one. */
	private String homophone(String name) {
		int start = random.nextInt(name.length());
		for (int k = 0; k < name.length(); k++) {
			int at = (start + k) % name.length();
			String group = HOMOPHONES.get(name.charAt(at));
			if (group != null && group.length() > 1) {
				char other;
				do {
					other = group.charAt(random.nextInt(group.length()));
				}
				while (other == name.charAt(at));
				return name.substring(0, at) + other + name.substring(at + 1);
			}
		}
		return name;
	}

	private @Nullable LocalDate noisyBirthDate(@Nullable LocalDate date) {
		if (date == null) {
			return null;
		}
		double roll = random.nextDouble();
		if (roll < 0.05) {
			return oneDigitOff(date);
		}
		if (roll < 0.07 && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
			return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
		}
		return roll < 0.10 ? null : date;
	}

	private LocalDate oneDigitOff(LocalDate date) {
		String digits = date.toString().replace("-", "");
		for (int attempt = 0; attempt < 20; attempt++) {
			int at = 2 + random.nextInt(6);
			char digit = (char) ('0' + random.nextInt(10));
			if (digit == digits.charAt(at)) {
				continue;
			}
			String changed = digits.substring(0, at) + digit + digits.substring(at + 1);
			try {
				LocalDate typed = LocalDate.of(Integer.parseInt(changed.substring(0, 4)),
						Integer.parseInt(changed.substring(4, 6)), Integer.parseInt(changed.substring(6)));
				if (typed.getYear() >= 1900 && typed.getYear() <= 2025) {
					return typed;
				}
			}
			catch (java.time.DateTimeException ex) {
				// Not a date: type another digit.
			}
		}
		return date;
	}

	private @Nullable Sex noisySex(@Nullable Sex sex) {
		double roll = random.nextDouble();
		if (roll < 0.05) {
			return null;
		}
		return roll < 0.06 && sex != null ? (sex == Sex.MALE ? Sex.FEMALE : Sex.MALE) : sex;
	}

	private @Nullable String noisyAddress(@Nullable String address) {
		if (address == null) {
			return null;
		}
		double roll = random.nextDouble();
		if (roll < 0.20) {
			return address();
		}
		if (roll < 0.25) {
			return null;
		}
		String written = address;
		if (random.nextBoolean()) {
			written = written.replace("陕西省", "").replace(random.nextBoolean() ? "秦州市" : "\u0000", "");
		}
		if (random.nextInt(10) < 3) {
			written = written.replace("栋", "号楼");
		}
		if (random.nextInt(10) < 2) {
			written = chineseUnitNumbers(written);
		}
		if (random.nextInt(10) == 0) {
			written = written.chars()
				.map(c -> c >= '0' && c <= '9' ? c + 0xFEE0 : c)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
		}
		if (random.nextInt(10) == 0) {
			written = written.substring(0, written.indexOf("单元") + 2);
		}
		return written;
	}

	/** 3单元 → 三单元, as people write single-digit units and buildings. */
	private static String chineseUnitNumbers(String address) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			boolean single = c >= '1' && c <= '9' && (i == 0 || !Character.isDigit(address.charAt(i - 1)))
					&& i + 1 < address.length() && (address.charAt(i + 1) == '单' || address.charAt(i + 1) == '栋');
			out.append(single ? CHINESE_DIGITS.charAt(c - '0') : c);
		}
		return out.toString();
	}

	private @Nullable String noisyPhone(@Nullable String phone) {
		if (phone == null) {
			return null;
		}
		double roll = random.nextDouble();
		if (roll < 0.15) {
			return mobile();
		}
		if (roll < 0.25) {
			return null;
		}
		if (roll < 0.35) {
			return "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
		}
		return roll < 0.45 ? phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7) : phone;
	}

	/** Someone not in the reference set who resembles a reference person. */
	private PersonRecord stranger(PersonRecord lookalike, String reference) {
		PersonRecord fresh = person(reference);
		String name = lookalike.name();
		double roll = random.nextDouble();
		if (roll < 0.35 && name != null) {
			// Namesake (重名), sometimes born the same year.
			LocalDate born = random.nextBoolean() && lookalike.birthDate() != null
					? lookalike.birthDate().withDayOfYear(1 + random.nextInt(365)) : fresh.birthDate();
			return new PersonRecord(reference, name, born, fresh.sex(), fresh.address(), fresh.phone());
		}
		if (roll < 0.55 && name != null) {
			return new PersonRecord(reference, homophone(name), fresh.birthDate(), fresh.sex(), fresh.address(),
					fresh.phone());
		}
		if (roll < 0.80 && name != null) {
			// A family member: same surname and address, often the same household phone.
			String sameSurname = name.charAt(0) + given();
			String phone = random.nextBoolean() ? lookalike.phone() : fresh.phone();
			return new PersonRecord(reference, sameSurname, fresh.birthDate(), fresh.sex(), lookalike.address(), phone);
		}
		return fresh;
	}

	private static Map<Character, String> homophones() {
		Map<Character, String> groups = new HashMap<>();
		try (InputStream in = PersonMatcher.class.getResourceAsStream("pinyin.txt")) {
			if (in == null) {
				throw new IllegalStateException("pinyin.txt missing");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String group = line.trim().split("\\s+")[1];
				for (char c : group.toCharArray()) {
					groups.put(c, group);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}
}
