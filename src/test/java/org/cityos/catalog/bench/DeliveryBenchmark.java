package org.cityos.catalog.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.cityos.CityOsApplication;
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
import org.cityos.catalog.registration.ResourceDraft;
import org.cityos.catalog.registration.ResourceRegistration;
import org.cityos.directory.Department;
import org.cityos.directory.DepartmentAdministration;
import org.cityos.directory.DepartmentKind;
import org.cityos.directory.Departments;
import org.cityos.directory.TokenAdministration;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for collection (归集) and catalog search, against the whole application on a
 * fresh embedded PostgreSQL in a temporary directory.
 * <ol>
 * <li>Delivery: a 12-item population resource (citizen ID key, credit code, phone, dates, numbers)
 * receives {@code rows} (default 1,000,000) valid CSV rows generated on the fly and streamed over
 * HTTP with a department system's API token, full validation on; rows/s is the wall time of the
 * POST, from the first byte sent to the report received. Runs {@code runs} times (full mode),
 * then once incremental over the same keys.</li>
 * <li>Search: {@code resources} (default 5,000) generated catalog entries, then timed searches
 * (keywords in Chinese and English, with and without filters) over HTTP: p50 / p99.</li>
 * </ol>
 * Run: {@code ./mvnw -q -B -o test-compile} then
 * {@code java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.cityos.catalog.bench.DeliveryBenchmark [rows] [runs] [resources]} (the classpath from
 * {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}).
 */
public final class DeliveryBenchmark {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private static final CityPrincipal BUREAU = new CityPrincipal() {
		@Override
		public String username() {
			return "benchmark";
		}

		@Override
		public Set<Role> roles() {
			return Set.of(Role.ADMIN);
		}

		@Override
		public @Nullable String departmentCode() {
			return null;
		}
	};

	private DeliveryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int resources = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
		Path dataDir = Files.createTempDirectory("cityos-bench-");
		// Command-line arguments: they outrank application.yml (builder properties would not).
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CityOsApplication.class).run(
				"--cityos.data-dir=" + dataDir, "--cityos.demo=false", "--server.port=0", "--cityos.sensing.mqtt.enabled=false", "--logging.level.root=warn",
				"--logging.level.org.cityos.catalog.collection.BatchLoading=info")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			if (!context.getBean(Departments.class).exists("GAJ")) {
				context.getBean(DepartmentAdministration.class)
					.register(new Department("GAJ", "公安局", null, DepartmentKind.MUNICIPAL_BUREAU));
			}
			String token = context.getBean(TokenAdministration.class).issue("GAJ", "benchmark", 30, "benchmark").secret();
			ResourceRegistration registration = context.getBean(ResourceRegistration.class);
			String code = registration.register(population(), BUREAU).code().value();
			System.out.printf("Machine: %d processors, max heap %d MB; resource %s with 12 items%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, code);
			deliver(port, token, code, Math.min(rows, 200_000), 0, "full", "warm-up");
			for (int run = 1; run <= runs; run++) {
				deliver(port, token, code, rows, 0, "full", "full-" + run);
			}
			deliver(port, token, code, rows, 0, "incremental", "incr-same");
			deliver(port, token, code, rows, 1, "incremental", "incr-changed");
			if (resources > 0) {
				search(port, token, registration, resources);
			}
		}
		finally {
			try (var paths = Files.walk(dataDir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** Delivers {@code rows} generated rows; {@code variant} changes every row's income (0: as in the full runs). */
	private static void deliver(int port, String token, String code, int rows, int variant, String mode, String batchId)
			throws IOException, InterruptedException {
		long before = usedHeap();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/resources/" + code
				+ "/deliveries?batchId=" + batchId + "&mode=" + mode))
			.timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
			.POST(BodyPublishers.ofInputStream(() -> new PopulationCsv(rows, variant))).build();
		long started = System.nanoTime();
		HttpResponse<String> response = HTTP.send(request, BodyHandlers.ofString());
		double seconds = (System.nanoTime() - started) / 1e9;
		String body = response.body();
		System.out.printf("Delivery %-13s %,d rows in %.2f s = %,.0f rows/s  (HTTP %d, %s, accepted %s, rejected %s; heap %d → %d MB)%n",
				batchId, rows, seconds, rows / seconds, response.statusCode(), field(body, "state"), field(body, "accepted"),
				field(body, "rejected"), before >> 20, usedHeap() >> 20);
	}

	private static void search(int port, String token, ResourceRegistration registration, int resources)
			throws IOException, InterruptedException {
		long started = System.nanoTime();
		String[] departments = { "GAJ" };
		for (int i = 0; i < resources; i++) {
			registration.register(generatedResource(i, departments[0]), BUREAU);
		}
		System.out.printf("Registered %,d resources in %.1f s%n", resources, (System.nanoTime() - started) / 1e9);
		String[] queries = { "q=人口", "q=信用", "q=营业执照", "q=population", "q=id_number", "q=企业 登记", "q=房屋",
				"q=人口&subject=POPULATION", "q=信用&department=GAJ&sharingType=CONDITIONAL", "subject=CREDIT&cycle=MONTHLY",
				"q=社保缴费", "q=不存在的资源", "page=10", "q=医疗&cycle=DAILY", "q=address 地址" };
		for (int i = 0; i < 300; i++) {
			get(port, token, queries[i % queries.length]);
		}
		int count = 3000;
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long t = System.nanoTime();
			get(port, token, queries[i % queries.length]);
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		System.out.printf("Search over %,d resources, %,d queries (page of 20, HTTP): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				resources + 1, count, nanos[count / 2] / 1e6, nanos[count * 9 / 10] / 1e6, nanos[count * 99 / 100] / 1e6,
				nanos[count - 1] / 1e6);
	}

	private static void get(int port, String token, String query) throws IOException, InterruptedException {
		String encoded = Arrays.stream(query.split("&")).map(p -> {
			int eq = p.indexOf('=');
			return p.substring(0, eq + 1) + URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8);
		}).reduce((a, b) -> a + "&" + b).orElseThrow();
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/catalog/resources?" + encoded)).header("Authorization", "Bearer " + token).GET().build(),
				BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(query + " → " + response.statusCode() + " " + response.body());
		}
	}

	private static ResourceDraft population() {
		List<InformationItem> items = List.of(
				item("id_number", "身份证号", ItemType.STRING, true, IdentifierKind.CITIZEN_ID, Sensitivity.SENSITIVE_PERSONAL),
				item("name", "姓名", ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.PERSONAL),
				item("gender", "性别", ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.PERSONAL),
				item("birth_date", "出生日期", ItemType.DATE, false, IdentifierKind.NONE, Sensitivity.PERSONAL),
				item("phone", "联系电话", ItemType.STRING, false, IdentifierKind.PHONE, Sensitivity.PERSONAL),
				item("employer_code", "工作单位统一社会信用代码", ItemType.STRING, false, IdentifierKind.CREDIT_CODE, Sensitivity.INTERNAL),
				item("employer", "工作单位", ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.INTERNAL),
				item("address", "居住地址", ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.PERSONAL),
				item("household_size", "户内人数", ItemType.INTEGER, false, IdentifierKind.NONE, Sensitivity.INTERNAL),
				item("income", "月收入", ItemType.DECIMAL, false, IdentifierKind.NONE, Sensitivity.PERSONAL),
				item("registered_at", "登记时间", ItemType.DATETIME, false, IdentifierKind.NONE, Sensitivity.INTERNAL),
				item("active", "有效", ItemType.BOOLEAN, false, IdentifierKind.NONE, Sensitivity.INTERNAL));
		return new ResourceDraft(null, "101001", "人口基本信息（基准测试）", "常住人口基础信息", "GAJ", Subject.POPULATION, items,
				UpdateCycle.DAILY, SharingType.CONDITIONAL, "政务服务身份核验", OpenType.NOT_OPEN, SharingMethod.PLATFORM,
				DataGrade.IMPORTANT, InvalidRowPolicy.REJECT_BATCH, List.of());
	}

	private static final String[] TOPICS = { "人口", "户籍", "法人", "企业", "信用", "营业执照", "房屋", "不动产", "社保", "医疗",
			"教育", "交通", "环境", "水务", "燃气", "地名地址", "网格", "宏观经济", "统计", "电子证照" };

	private static final String[] KINDS = { "基本信息", "登记信息", "变更记录", "缴费记录", "许可信息", "处罚信息", "年报", "台账",
			"名录", "监测数据" };

	private static final Subject[] SUBJECTS = Subject.values();

	private static ResourceDraft generatedResource(int i, String department) {
		String topic = TOPICS[i % TOPICS.length];
		String kind = KINDS[(i / TOPICS.length) % KINDS.length];
		List<InformationItem> items = new ArrayList<>();
		items.add(item("record_id", "记录编号", ItemType.STRING, true, IdentifierKind.NONE, Sensitivity.INTERNAL));
		items.add(item("credit_code", "统一社会信用代码", ItemType.STRING, false, IdentifierKind.CREDIT_CODE, Sensitivity.PUBLIC));
		items.add(item("address", "地址", ItemType.STRING, false, IdentifierKind.NONE, Sensitivity.INTERNAL));
		items.add(item("item_" + (i % 50), topic + "指标" + (i % 50), ItemType.DECIMAL, false, IdentifierKind.NONE,
				Sensitivity.PUBLIC));
		SharingType sharing = SharingType.values()[i % 3];
		return new ResourceDraft(null, "1" + String.format("%02d", 1 + i % 20) + "001", topic + kind + " " + i,
				topic + "领域的" + kind + "，由部门按月更新 (" + topic + " records)", department, SUBJECTS[i % SUBJECTS.length],
				items, UpdateCycle.values()[i % 7], sharing, sharing == SharingType.UNCONDITIONAL ? null : "依申请使用",
				OpenType.NOT_OPEN, SharingMethod.PLATFORM, DataGrade.GENERAL, InvalidRowPolicy.ACCEPT_VALID_ROWS, List.of());
	}

	private static InformationItem item(String name, String label, ItemType type, boolean key, IdentifierKind identifier,
			Sensitivity sensitivity) {
		return new InformationItem(name, label, type, key, key, identifier, sensitivity);
	}

	private static String field(String json, String name) {
		int at = json.indexOf("\"" + name + "\":");
		if (at < 0) {
			return "?";
		}
		int start = at + name.length() + 3;
		int end = start;
		while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != '}') {
			end++;
		}
		return json.substring(start, end).replace("\"", "");
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/**
	 * Valid population rows, made while they are read: unique ID numbers (birth dates from
	 * 1950 on, 1,000 per day, with their check characters), credit codes from a pool of valid ones.
	 */
	static final class PopulationCsv extends InputStream {

		private static final String HEADER = "id_number,name,gender,birth_date,phone,employer_code,employer,address,"
				+ "household_size,income,registered_at,active\n";

		private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳" };

		private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳" };

		private static final String[] STREETS = { "人民路", "解放大街", "中山路", "建设路", "和平街", "滨河路" };

		private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

		private final int rows;

		private final int variant;

		private final String[] creditCodes = new String[997];

		private final LocalDate firstBirth = LocalDate.of(1950, 1, 1);

		private final StringBuilder line = new StringBuilder(256);

		private byte[] buffer = HEADER.getBytes(StandardCharsets.UTF_8);

		private int position;

		private int next;

		PopulationCsv(int rows, int variant) {
			this.rows = rows;
			this.variant = variant;
			SplittableRandom random = new SplittableRandom(42);
			for (int i = 0; i < creditCodes.length; i++) {
				creditCodes[i] = creditCode(random);
			}
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (position == buffer.length && !fill()) {
				return -1;
			}
			int n = Math.min(length, buffer.length - position);
			System.arraycopy(buffer, position, target, offset, n);
			position += n;
			return n;
		}

		/** Makes the next 1,000 rows. */
		private boolean fill() {
			if (next >= rows) {
				return false;
			}
			line.setLength(0);
			int end = Math.min(rows, next + 1000);
			for (; next < end; next++) {
				row(next);
			}
			buffer = line.toString().getBytes(StandardCharsets.UTF_8);
			position = 0;
			return true;
		}

		private void row(int i) {
			LocalDate birth = firstBirth.plusDays(i / 1000);
			int start = line.length();
			line.append("110105").append(birth.getYear());
			two(birth.getMonthValue());
			two(birth.getDayOfMonth());
			int sequence = i % 1000;
			line.append((char) ('0' + sequence / 100)).append((char) ('0' + sequence / 10 % 10))
				.append((char) ('0' + sequence % 10));
			int sum = 0;
			for (int k = 0; k < 17; k++) {
				sum += (line.charAt(start + k) - '0') * ID_WEIGHTS[k];
			}
			line.append("10X98765432".charAt(sum % 11)).append(',');
			line.append(SURNAMES[i % SURNAMES.length]).append(GIVEN[i / 7 % GIVEN.length]).append(',');
			line.append(sequence % 2 == 1 ? "男" : "女").append(',');
			line.append(birth.getYear()).append('-');
			two(birth.getMonthValue());
			line.append('-');
			two(birth.getDayOfMonth());
			line.append(",1").append(3 + i % 7);
			for (int divisor = 100_000_000; divisor > 0; divisor /= 10) {
				line.append((char) ('0' + i / divisor % 10));
			}
			line.append(',');
			int employer = i % creditCodes.length;
			line.append(creditCodes[employer]).append(",城市").append(GIVEN[employer % GIVEN.length]).append("科技有限公司,");
			line.append(STREETS[i % STREETS.length]).append(i % 300).append("号,");
			line.append(1 + i % 6).append(',').append(3000 + i % 9000 + variant).append('.').append(i % 10).append("0,");
			line.append("2026-01-05 09:30:00,").append(i % 10 == 0 ? "否" : "是").append('\n');
		}

		private void two(int value) {
			line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
		}

		private static String creditCode(SplittableRandom random) {
			String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
			int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
			StringBuilder code = new StringBuilder("91");
			for (int k = 0; k < 6; k++) {
				code.append((char) ('0' + random.nextInt(10)));
			}
			for (int k = 0; k < 9; k++) {
				code.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			int sum = 0;
			for (int k = 0; k < 17; k++) {
				sum += alphabet.indexOf(code.charAt(k)) * weights[k];
			}
			return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
		}
	}
}
