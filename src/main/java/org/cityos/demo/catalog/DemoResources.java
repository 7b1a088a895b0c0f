package org.cityos.demo.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import org.cityos.catalog.Catalog.NewResource;
import org.cityos.catalog.DataGrade;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Sensitivity;
import org.cityos.catalog.SharingMethod;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.demo.catalog.SyntheticCompanies.Company;
import org.cityos.demo.catalog.SyntheticPeople.Person;

/**
 * The departments' resources in the demo catalog, with realistic items and volumes (at scale 1:
 * 500,000 residents, 50,000 companies, 8,000–100,000 rows for the others). Rows that name people
 * or companies draw them from {@link SyntheticPeople} and {@link SyntheticCompanies}, so the
 * resources agree with each other (the 低保 family is in the population register).
 */
final class DemoResources {

	static final ResourceCode POPULATION = new ResourceCode("101001-000001");

	static final ResourceCode MIGRANTS = new ResourceCode("101001-000002");

	static final ResourceCode CRIMINAL_RECORDS = new ResourceCode("101001-000003");

	static final ResourceCode COMPANIES = new ResourceCode("201001-000001");

	static final ResourceCode SUBSISTENCE = new ResourceCode("101002-000001");

	static final ResourceCode SOCIAL_SECURITY = new ResourceCode("101003-000001");

	static final ResourceCode REAL_ESTATE = new ResourceCode("301001-000001");

	static final ResourceCode HOUSING_FUND = new ResourceCode("101004-000001");

	static final ResourceCode TAXES = new ResourceCode("201002-000001");

	static final ResourceCode BIRTHS = new ResourceCode("101005-000001");

	static final ResourceCode DEATHS = new ResourceCode("101005-000002");

	static final ResourceCode VEHICLES = new ResourceCode("401001-000001");

	static final ResourceCode STUDENTS = new ResourceCode("101006-000001");

	static final ResourceCode HEALTH_RECORDS = new ResourceCode("101005-000003");

	/** How many residents there are to draw from: the population register's size at scale 1. */
	static final long PEOPLE = 500_000;

	private static final String CONDITION = "仅限政府部门依法履行职责使用；不得向第三方提供，使用情况纳入审计。";

	private DemoResources() {
	}

	static List<DemoResource> all() {
		return List.of(
				resource(POPULATION, "人口基本信息", "全市户籍人口的身份证号、姓名、性别、出生日期、民族、户籍地址和联系电话，由公安局每日更新。", "GAJ",
						Subject.POPULATION, UpdateCycle.DAILY, SharingType.CONDITIONAL, DataGrade.CORE, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(citizenId("id_number", "身份证号", true), personal("name", "姓名"), text("gender", "性别"),
								date("birth_date", "出生日期", Sensitivity.PERSONAL), text("ethnicity", "民族"),
								personal("household_address", "户籍地址"), phone("phone", "联系电话")),
						PEOPLE, i -> {
							Person p = SyntheticPeople.person(i);
							return List.of(p.idNumber(), p.name(), p.gender(), p.birthDate().toString(), p.ethnicity(), p.address(), p.phone());
						}),
				resource(MIGRANTS, "流动人口居住登记", "在本市居住半年以上的流动人口居住登记与居住证信息。", "GAJ", Subject.POPULATION,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(citizenId("id_number", "身份证号", true), personal("name", "姓名"), personal("residence_address", "居住地址"),
								date("registered_on", "登记日期", Sensitivity.INTERNAL), date("permit_valid_until", "居住证有效期至", Sensitivity.INTERNAL)),
						30_000, i -> {
							Person p = SyntheticPeople.person(PEOPLE + i);
							LocalDate on = LocalDate.of(2021, 1, 1).plusDays(i % 1500);
							return List.of(p.idNumber(), p.name(), p.address(), on.toString(), on.plusYears(1).toString());
						}),
				resource(CRIMINAL_RECORDS, "违法犯罪记录", "公安机关掌握的违法犯罪记录。依《中华人民共和国刑事诉讼法》第二百八十六条等规定不予共享。", "GAJ",
						Subject.POPULATION, UpdateCycle.DAILY, SharingType.NOT_SHARED, DataGrade.CORE, InvalidRowPolicy.REJECT_BATCH,
						List.of(text("case_no", "案件编号", true), citizenId("id_number", "身份证号", false), personal("name", "姓名"),
								text("case_type", "案件类别"), date("recorded_on", "立案日期", Sensitivity.SENSITIVE_PERSONAL)),
						5_000, i -> {
							Person p = SyntheticPeople.person(i * 97 % PEOPLE);
							return List.of(String.format("A6104%08d", i), p.idNumber(), p.name(),
									List.of("盗窃", "诈骗", "故意伤害", "交通肇事", "寻衅滋事").get((int) (i % 5)),
									LocalDate.of(2015, 1, 1).plusDays(i % 3600).toString());
						}),
				resource(COMPANIES, "企业登记信息", "在本市登记的企业：统一社会信用代码、名称、法定代表人、注册地址、成立日期、登记状态和行业。", "SCJGJ",
						Subject.LEGAL_ENTITY, UpdateCycle.DAILY, SharingType.UNCONDITIONAL, DataGrade.GENERAL, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(creditCode("credit_code", "统一社会信用代码", true), text("company_name", "企业名称"),
								personal("legal_representative", "法定代表人"),
								// personal, not sensitive: the register is open data, where personal items are masked
								new InformationItem("legal_representative_id_number", "法定代表人身份证号", ItemType.STRING, false, false,
										IdentifierKind.CITIZEN_ID, Sensitivity.PERSONAL),
								text("registered_address", "注册地址"),
								date("founded_on", "成立日期", Sensitivity.PUBLIC), text("status", "登记状态"), text("industry", "行业"),
								item("registered_capital", "注册资本（元）", ItemType.DECIMAL, false, IdentifierKind.NONE, Sensitivity.PUBLIC)),
						50_000, i -> {
							Company c = SyntheticCompanies.company(i);
							return List.of(c.creditCode(), c.name(), c.legalRepresentative(), c.representativeIdNumber(), c.address(),
									c.founded().toString(), c.state(),
									c.industry(), Long.toString(c.registeredCapital()));
						}),
				resource(SUBSISTENCE, "低保对象名单", "城乡最低生活保障对象：户主身份证号、姓名、家庭人口、保障金额和审批日期。", "MZJ", Subject.POPULATION,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.REJECT_BATCH,
						List.of(citizenId("id_number", "户主身份证号", true), personal("name", "户主姓名"),
								item("household_size", "家庭人口", ItemType.INTEGER, true, IdentifierKind.NONE, Sensitivity.PERSONAL),
								item("monthly_allowance", "月保障金额（元）", ItemType.DECIMAL, true, IdentifierKind.NONE, Sensitivity.PERSONAL),
								text("district", "所在区县"), date("approved_on", "审批日期", Sensitivity.INTERNAL)),
						12_000, i -> {
							Person p = SyntheticPeople.person(i * 41 % PEOPLE);
							SplittableRandom r = random(i, 4);
							return List.of(p.idNumber(), p.name(), Integer.toString(1 + r.nextInt(5)), (400 + r.nextInt(400)) + ".00",
									SyntheticPeople.DISTRICTS[p.district()], LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2000)).toString());
						}),
				resource(SOCIAL_SECURITY, "社保参保信息", "职工基本养老、医疗、失业保险的参保人、参保单位、参保日期和参保状态。", "RSJ", Subject.POPULATION,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(citizenId("id_number", "身份证号", true), personal("name", "姓名"), text("insurance_type", "险种"),
								creditCode("employer_credit_code", "参保单位统一社会信用代码", false), date("insured_since", "参保日期", Sensitivity.PERSONAL),
								text("status", "参保状态"),
								item("contribution_base", "缴费基数（元）", ItemType.DECIMAL, false, IdentifierKind.NONE, Sensitivity.PERSONAL)),
						100_000, i -> {
							Person p = SyntheticPeople.person(i * 3 % PEOPLE);
							SplittableRandom r = random(i, 5);
							// 1 in 100 names typed with a homophone: the registry's comparison finds them
							String name = r.nextInt(100) == 0 ? DemoErrors.homophone(p.name(), r) : p.name();
							return List.of(p.idNumber(), name, List.of("城镇职工基本养老保险", "职工基本医疗保险", "失业保险").get(r.nextInt(3)),
									SyntheticCompanies.company(r.nextInt(50_000)).creditCode(),
									LocalDate.of(2000, 1, 1).plusDays(r.nextInt(8000)).toString(), r.nextInt(10) < 8 ? "正常参保" : "暂停缴费",
									(2500 + r.nextInt(60) * 100) + ".00");
						}),
				resource(REAL_ESTATE, "不动产登记信息", "房屋不动产权证书号、权利人、坐落、建筑面积、用途和登记日期。", "ZJJ", Subject.SPATIAL,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("certificate_no", "不动产权证书号", true), citizenId("owner_id_number", "权利人身份证号", false),
								personal("owner_name", "权利人"), text("location", "坐落"),
								item("floor_area", "建筑面积（㎡）", ItemType.DECIMAL, true, IdentifierKind.NONE, Sensitivity.INTERNAL),
								text("usage", "用途"), date("registered_on", "登记日期", Sensitivity.INTERNAL)),
						80_000, i -> {
							Person p = SyntheticPeople.person(i * 7 % PEOPLE);
							SplittableRandom r = random(i, 6);
							return List.of(String.format("陕(%d)宝城市不动产权第%07d号", 2016 + i % 8, i), p.idNumber(), p.name(), p.address(),
									(50 + r.nextInt(120)) + "." + r.nextInt(10) + "0", r.nextInt(10) < 9 ? "住宅" : "商业",
									LocalDate.of(2016, 1, 1).plusDays(r.nextInt(2900)).toString());
						}),
				resource(HOUSING_FUND, "住房公积金缴存信息", "职工住房公积金个人账户、缴存单位、月缴存额、余额和账户状态。", "GJJ", Subject.POPULATION,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("account_no", "个人账号", true), citizenId("id_number", "身份证号", false), personal("name", "姓名"),
								creditCode("employer_credit_code", "缴存单位统一社会信用代码", false),
								item("monthly_deposit", "月缴存额（元）", ItemType.DECIMAL, true, IdentifierKind.NONE, Sensitivity.PERSONAL),
								item("balance", "账户余额（元）", ItemType.DECIMAL, true, IdentifierKind.NONE, Sensitivity.PERSONAL), text("status", "账户状态")),
						60_000, i -> {
							Person p = SyntheticPeople.person(i * 11 % PEOPLE);
							SplittableRandom r = random(i, 7);
							String name = r.nextInt(200) == 0 ? DemoErrors.homophone(p.name(), r) : p.name();
							return List.of(String.format("GJJ%010d", i), p.idNumber(), name, SyntheticCompanies.company(r.nextInt(50_000)).creditCode(),
									(200 + r.nextInt(2800)) + ".00", (1000 + r.nextInt(150_000)) + ".00", r.nextInt(10) < 9 ? "正常" : "封存");
						}),
				resource(TAXES, "企业纳税信息", "企业年度纳税额与纳税信用等级。", "SWJ", Subject.CREDIT, UpdateCycle.QUARTERLY, SharingType.CONDITIONAL,
						DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(creditCode("credit_code", "统一社会信用代码", true), text("company_name", "纳税人名称"),
								item("tax_year", "纳税年度", ItemType.INTEGER, true, IdentifierKind.NONE, Sensitivity.PUBLIC),
								item("taxes_paid", "纳税额（元）", ItemType.DECIMAL, true, IdentifierKind.NONE, Sensitivity.INTERNAL),
								text("credit_rating", "纳税信用等级")),
						50_000, i -> {
							Company c = SyntheticCompanies.company(i);
							SplittableRandom r = random(i, 8);
							return List.of(c.creditCode(), c.name(), "2024", (r.nextInt(2_000_000) + 1000) + ".00",
									List.of("A", "B", "B", "M", "C", "D").get(r.nextInt(6)));
						}),
				resource(BIRTHS, "出生医学证明", "本市医疗机构签发的出生医学证明：编号、新生儿、出生日期、母亲和签发机构。", "WJW", Subject.E_LICENSE,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("certificate_no", "出生医学证明编号", true), personal("child_name", "新生儿姓名"), text("gender", "性别"),
								date("birth_date", "出生日期", Sensitivity.PERSONAL), citizenId("mother_id_number", "母亲身份证号", false),
								personal("mother_name", "母亲姓名"), text("hospital", "签发机构")),
						20_000, i -> {
							Person mother = SyntheticPeople.person(i * 13 % PEOPLE);
							SplittableRandom r = random(i, 9);
							boolean boy = r.nextBoolean();
							return List.of(String.format("S610%08d", i), mother.name().substring(0, 1) + (boy ? "子轩" : "欣怡"), boy ? "男" : "女",
									LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800)).toString(), mother.idNumber(), mother.name(),
									List.of("宝城市中心医院", "宝城市妇幼保健院", "宝城市第二人民医院", "渭滨区人民医院").get(r.nextInt(4)));
						}),
				resource(DEATHS, "死亡医学证明", "死亡医学证明（推断）书：编号、死者身份证号、姓名、死亡日期和死因类别。", "WJW", Subject.E_LICENSE,
						UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("certificate_no", "证明编号", true), citizenId("id_number", "身份证号", false), personal("name", "姓名"),
								date("death_date", "死亡日期", Sensitivity.PERSONAL), text("cause_category", "死因类别")),
						8_000, i -> {
							Person p = SyntheticPeople.person(PEOPLE - 1 - i);
							SplittableRandom r = random(i, 10);
							return List.of(String.format("D610%08d", i), p.idNumber(), p.name(), LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800)).toString(),
									List.of("循环系统疾病", "肿瘤", "呼吸系统疾病", "损伤和中毒", "其他疾病").get(r.nextInt(5)));
						}),
				resource(VEHICLES, "机动车登记信息", "本市注册登记的机动车：号牌号码、所有人、车辆类型、品牌和初次登记日期。", "JTYSJ", Subject.THEMATIC,
						UpdateCycle.WEEKLY, SharingType.CONDITIONAL, DataGrade.GENERAL, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("plate_no", "号牌号码", true), citizenId("owner_id_number", "所有人身份证号", false), personal("owner_name", "所有人"),
								text("vehicle_type", "车辆类型"), text("brand", "品牌"), date("registered_on", "初次登记日期", Sensitivity.INTERNAL)),
						100_000, i -> {
							Person p = SyntheticPeople.person(i * 5 % PEOPLE);
							SplittableRandom r = random(i, 11);
							return List.of(plate(i), p.idNumber(), p.name(), List.of("小型轿车", "小型普通客车", "轻型货车", "二轮摩托车").get(r.nextInt(4)),
									List.of("比亚迪", "大众", "丰田", "吉利", "长安", "本田", "长城").get(r.nextInt(7)),
									LocalDate.of(2008, 1, 1).plusDays(r.nextInt(6000)).toString());
						}),
				resource(STUDENTS, "学籍信息", "中小学学生学籍：学籍号、身份证号、姓名、学校、年级和入学日期。", "JYJ", Subject.POPULATION,
						UpdateCycle.HALF_YEARLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT, InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("student_no", "学籍号", true), citizenId("id_number", "身份证号", false), personal("name", "姓名"),
								text("school", "学校"), text("grade", "年级"), date("enrolled_on", "入学日期", Sensitivity.INTERNAL)),
						80_000, i -> {
							Person p = SyntheticPeople.person(i * 17 % PEOPLE);
							SplittableRandom r = random(i, 12);
							int grade = r.nextInt(9);
							return List.of("G" + p.idNumber(), p.idNumber(), p.name(),
									"宝城市" + List.of("实验", "第一", "第二", "育才", "文林", "凤鸣").get(r.nextInt(6)) + (grade < 6 ? "小学" : "中学"),
									(grade < 6 ? (grade + 1) + "年级" : "初" + List.of("一", "二", "三").get(grade - 6)),
									LocalDate.of(2017 + r.nextInt(8), 9, 1).toString());
						}),
				resource(HEALTH_RECORDS, "居民电子健康档案", "基层医疗机构建立的居民健康档案：档案号、身份证号（早期档案缺失）、姓名、性别、出生日期、现住址和联系电话。",
						"WJW", Subject.POPULATION, UpdateCycle.MONTHLY, SharingType.CONDITIONAL, DataGrade.IMPORTANT,
						InvalidRowPolicy.ACCEPT_VALID_ROWS,
						List.of(text("record_no", "健康档案号", true),
								new InformationItem("id_number", "身份证号", ItemType.STRING, false, false, IdentifierKind.CITIZEN_ID,
										Sensitivity.SENSITIVE_PERSONAL),
								personal("name", "姓名"), text("gender", "性别"), date("birth_date", "出生日期", Sensitivity.PERSONAL),
								item("address", "现住址", ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.PERSONAL),
								phone("phone", "联系电话")),
						150_000, i -> {
							long index = i * 13 % PEOPLE;
							Person p = SyntheticPeople.person(index);
							SplittableRandom r = random(i, 14);
							// known error rates: 4 % without ID number (older records), 2 % homophone names,
							// 1 % wrong birth dates, 5 % stale addresses, 6 % old phone numbers
							return List.of(String.format("JK%09d", i), r.nextInt(100) < 4 ? "" : p.idNumber(),
									r.nextInt(100) < 2 ? DemoErrors.homophone(p.name(), r) : p.name(), p.gender(),
									(r.nextInt(100) < 1 ? DemoErrors.wrongBirthDate(p.birthDate(), r) : p.birthDate()).toString(),
									r.nextInt(100) < 5 ? DemoErrors.staleAddress(index, PEOPLE) : p.address(),
									r.nextInt(100) < 6 ? DemoErrors.oldPhone(r) : p.phone());
						}));
	}

	private static String plate(long i) {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		long n = i * 7_919 % (24L * 100_000);
		return "陕C" + letters.charAt((int) (n / 100_000)) + String.format("%05d", n % 100_000);
	}

	private static SplittableRandom random(long index, int salt) {
		return new SplittableRandom(index * 0x9E3779B97F4A7C15L + salt);
	}

	private static DemoResource resource(ResourceCode code, String name, String summary, String provider, Subject subject,
			UpdateCycle cycle, SharingType sharing, DataGrade grade, InvalidRowPolicy policy, List<InformationItem> items,
			long rows, LongFunction<List<String>> generator) {
		return new DemoResource(new NewResource(code, name, summary, provider, subject, items, cycle, sharing,
				sharing == SharingType.UNCONDITIONAL ? null : sharing == SharingType.NOT_SHARED ? summary : CONDITION,
				sharing == SharingType.UNCONDITIONAL ? OpenType.UNCONDITIONAL : OpenType.NOT_OPEN, SharingMethod.PLATFORM, grade,
				policy), rows, generator);
	}

	private static InformationItem item(String name, String label, ItemType type, boolean required, IdentifierKind identifier,
			Sensitivity sensitivity) {
		return new InformationItem(name, label, type, required, false, identifier, sensitivity);
	}

	private static InformationItem text(String name, String label) {
		return item(name, label, ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.INTERNAL);
	}

	private static InformationItem text(String name, String label, boolean key) {
		return new InformationItem(name, label, ItemType.STRING, true, key, IdentifierKind.NONE, Sensitivity.INTERNAL);
	}

	private static InformationItem personal(String name, String label) {
		return item(name, label, ItemType.STRING, true, IdentifierKind.NONE, Sensitivity.PERSONAL);
	}

	private static InformationItem date(String name, String label, Sensitivity sensitivity) {
		return item(name, label, ItemType.DATE, true, IdentifierKind.NONE, sensitivity);
	}

	private static InformationItem phone(String name, String label) {
		return item(name, label, ItemType.STRING, false, IdentifierKind.PHONE, Sensitivity.PERSONAL);
	}

	private static InformationItem citizenId(String name, String label, boolean key) {
		return new InformationItem(name, label, ItemType.STRING, true, key, IdentifierKind.CITIZEN_ID, Sensitivity.SENSITIVE_PERSONAL);
	}

	private static InformationItem creditCode(String name, String label, boolean key) {
		return new InformationItem(name, label, ItemType.STRING, true, key, IdentifierKind.CREDIT_CODE,
				key ? Sensitivity.PUBLIC : Sensitivity.INTERNAL);
	}
}
