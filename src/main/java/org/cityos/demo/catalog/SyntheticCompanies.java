package org.cityos.demo.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo city's companies, company {@code i} always the same. Credit codes are unique and
 * valid (GB 32100): 9 (市场监管) 1 (企业), the district, a 9-character body from the index, check.
 */
final class SyntheticCompanies {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final String[] TRADE_NAMES = { "秦川", "渭水", "宝鼎", "金台", "凤鸣", "周原", "华岳", "长青", "鑫源", "恒泰",
			"博远", "瑞丰", "兴华", "汇通", "德润", "中盛", "宏达", "天诚", "明远", "嘉禾", "启航", "新锐", "和信", "盛世" };

	static final List<String> INDUSTRIES = List.of("制造业", "批发和零售业", "建筑业", "信息传输、软件和信息技术服务业",
			"住宿和餐饮业", "交通运输、仓储和邮政业", "租赁和商务服务业", "科学研究和技术服务业", "农、林、牧、渔业", "房地产业");

	private static final String[] FORMS = { "有限公司", "有限责任公司", "股份有限公司", "商贸有限公司", "科技有限公司" };

	private static final String[] BUSINESS = { "机械", "电子", "食品", "建材", "物流", "餐饮", "软件", "贸易", "建筑工程", "农业发展",
			"房地产开发", "文化传媒", "医药", "汽车销售", "环保科技" };

	static final List<String> STATES = List.of("存续", "存续", "存续", "存续", "存续", "存续", "在业", "吊销", "注销", "迁出");

	private SyntheticCompanies() {
	}

	record Company(String creditCode, String name, String legalRepresentative, String representativeIdNumber,
			String address, LocalDate founded,
			String state, String industry, long registeredCapital) {
	}

	static Company company(long index) {
		SplittableRandom random = new SplittableRandom(0xC0_FFEEL ^ index * 0x9E3779B97F4A7C15L);
		int district = (int) (index % SyntheticPeople.DISTRICT_CODES.length);
		StringBuilder body = new StringBuilder(9);
		long n = index * 104_729L + 1_000_003L;
		for (int i = 0; i < 9; i++) {
			body.append(ALPHABET.charAt((int) (n % 31)));
			n /= 31;
		}
		String code = withCheck("91" + SyntheticPeople.DISTRICT_CODES[district] + body);
		String name = "宝城市" + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)] + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)]
				+ BUSINESS[random.nextInt(BUSINESS.length)] + FORMS[random.nextInt(FORMS.length)];
		SyntheticPeople.Person representative = SyntheticPeople.person(random.nextLong(400_000));
		String address = "宝城市" + SyntheticPeople.DISTRICTS[district] + "高新" + (1 + random.nextInt(20)) + "路"
				+ (1 + random.nextInt(500)) + "号";
		LocalDate founded = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_000));
		return new Company(code, name, representative.name(), representative.idNumber(), address, founded, SyntheticPeople.pick(STATES, random),
				SyntheticPeople.pick(INDUSTRIES, random), (1 + random.nextInt(500)) * 10_000L);
	}

	static String withCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
	}
}
