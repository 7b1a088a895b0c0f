package org.cityos.registry.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

import org.cityos.catalog.Catalog;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.ResourceCode;
import org.cityos.shared.CityPrincipal;

/**
 * The benchmark shape: five population sources with {@code people} records each (人口基本信息,
 * 社保参保, 住房公积金, 学籍, 居民电子健康档案), delivered in full through the catalog's CSV delivery,
 * with known injected differences: the key resource lacks every 200th person (each other source then
 * holds a key the authority lacks), each other source spells every 50th name differently (at its own
 * offset), the health records carry a wrong birth date for every 100th and an old phone for every 40th.
 */
final class TargetPopulation {

	private static final String[] FAMILY = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明" };

	private TargetPopulation() {
	}

	/**
	 * Delivers the five sources, the key resource first (delivered last, every comparison before it
	 * would find millions of keys missing from the authority); answers the rows accepted.
	 */
	static long deliver(Catalog catalog, String employer, long people, CityPrincipal gaj, CityPrincipal rsj, CityPrincipal gjj,
			CityPrincipal jyj, CityPrincipal wjw) {
		long accepted = 0;
		accepted += deliver(catalog, "101001-000001", "id_number,name,gender,birth_date,ethnicity,household_address,phone",
				people, i -> i % 200 == 0 ? null
						: String.join(",", id(i), name(i, 0), gender(i), birth(i).toString(), "汉族", address(i), phone(i)), gaj);
		accepted += deliver(catalog, "101003-000001", "id_number,name,insurance_type,employer_credit_code,insured_since,status,contribution_base",
				people, i -> String.join(",", id(i), name(i, 1), "职工基本医疗保险", employer, "2010-01-01", "正常参保", "5000.00"), rsj);
		accepted += deliver(catalog, "101004-000001", "account_no,id_number,name,employer_credit_code,monthly_deposit,balance,status",
				people, i -> String.join(",", String.format("GJJ%010d", i), id(i), name(i, 2), employer, "800.00", "20000.00", "正常"),
				gjj);
		accepted += deliver(catalog, "101006-000001", "student_no,id_number,name,school,grade,enrolled_on", people,
				i -> String.join(",", "G" + id(i), id(i), name(i, 3), "宝城市实验小学", "3年级", "2020-09-01"), jyj);
		accepted += deliver(catalog, "101005-000003", "record_no,id_number,name,gender,birth_date,address,phone", people,
				i -> String.join(",", String.format("JK%09d", i), id(i), name(i, 4), gender(i),
						i % 100 == 7 ? birth(i).plusDays(1).toString() : birth(i).toString(), address(i),
						i % 40 == 9 ? "029-8888" + String.format("%04d", i % 10_000) : phone(i)), wjw);
		return accepted;
	}

	/**
	 * 学籍 delivered in full again, its misspelt names moved: every 50th person at another offset
	 * (20,000 conflicts closed, 20,000 found), and every 1,000th name changed besides.
	 */
	static long deliverAgain(Catalog catalog, long people, CityPrincipal jyj) {
		return deliver(catalog, "101006-000001", "student_no,id_number,name,school,grade,enrolled_on", people,
				i -> String.join(",", "G" + id(i), id(i), i % 50 == 16 || i % 1000 == 1 ? name(i, 0) + "新" : name(i, 0),
						"宝城市实验小学", "3年级", "2020-09-01"), jyj);
	}

	private static long deliver(Catalog catalog, String code, String header, long people, LongFunction<String> row,
			CityPrincipal steward) {
		StringBuilder csv = new StringBuilder(people > 0 ? (int) Math.min(Integer.MAX_VALUE - 16, people * 90) : 16);
		csv.append(header).append('\n');
		for (long i = 1; i <= people; i++) {
			String line = row.apply(i);
			if (line != null) {
				csv.append(line).append('\n');
			}
		}
		long start = System.nanoTime();
		Catalog.DeliveryOutcome outcome = catalog.deliverCsv(new ResourceCode(code), "target-" + System.nanoTime(),
				DeliveryMode.FULL, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), steward);
		System.out.printf("delivered %s: %d accepted, %d rejected in %.1f s%n", code, outcome.accepted(), outcome.rejected(),
				(System.nanoTime() - start) / 1e9);
		return outcome.accepted();
	}

	/** A valid 18-digit citizen ID number, different for every {@code i} below 22,000,000. */
	static String id(long i) {
		LocalDate birth = birth(i);
		String body = "610402" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int d = 0; d < 17; d++) {
			sum += (body.charAt(d) - '0') * weights[d];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private static LocalDate birth(long i) {
		return LocalDate.of(1940, 1, 1).plusDays(i / 1000 % 25_000);
	}

	private static String name(long i, int source) {
		String name = FAMILY[(int) (i % FAMILY.length)] + GIVEN[(int) (i / 10 % GIVEN.length)] + GIVEN[(int) (i / 150 % GIVEN.length)];
		return source > 0 && i % 50 == source * 5 ? name + "改" : name;
	}

	private static String gender(long i) {
		return i % 2 == 0 ? "女" : "男";
	}

	private static String address(long i) {
		return "宝城市金台区" + (i % 300) + "号";
	}

	private static String phone(long i) {
		return String.format("13%09d", i);
	}

	static List<String> sources() {
		return List.of("101001-000001", "101003-000001", "101004-000001", "101006-000001", "101005-000003");
	}
}
