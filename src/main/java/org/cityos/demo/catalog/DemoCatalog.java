package org.cityos.demo.catalog;

import java.time.Duration;
import java.util.List;

import org.cityos.catalog.Catalog;
import org.cityos.catalog.Catalog.DeliveryOutcome;
import org.cityos.catalog.Catalog.RequestOutcome;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Resources;
import org.cityos.platform.ProgressBoard.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalog as steps of the demo city's load: the departments' resources, a full
 * base delivery of each (through the real delivery path), a second incremental batch with
 * spoilt rows for some (partly accepted) and one refused whole, three resources made late, and
 * sharing requests in every state. Each step skips what exists: resources by code, deliveries by
 * batch id (the catalog answers a repeated batch id with its first report), sharing when any
 * request exists. {@code cityos.demo.scale} multiplies the row counts (tests load a small city).
 */
@Component
public class DemoCatalog {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	static final String BASE_BATCH = "demo-base-1";

	static final String UPDATE_BATCH = "demo-update-2";

	private final Catalog catalog;

	private final Resources resources;

	private final DemoBackdating backdating;

	private final double scale;

	DemoCatalog(Catalog catalog, Resources resources, DemoBackdating backdating,
			@Value("${cityos.demo.scale:1.0}") double scale) {
		this.catalog = catalog;
		this.resources = resources;
		this.backdating = backdating;
		this.scale = scale;
	}

	public void load(Job job) {
		List<DemoResource> all = DemoResources.all();
		register(job, all);
		deliver(job, all);
		share(job);
	}

	long rows(DemoResource resource) {
		return Math.max(20, Math.round(resource.rows() * scale));
	}

	private void register(Job job, List<DemoResource> all) {
		job.step("目录资源 / catalog resources", all.size());
		for (DemoResource resource : all) {
			if (!resources.exists(resource.entry().code())) {
				catalog.register(resource.entry(), DemoSteward.of(resource.entry().providerCode()));
			}
			job.advance(1);
		}
	}

	private void deliver(Job job, List<DemoResource> all) {
		long total = all.stream().mapToLong(this::rows).sum();
		job.step("归集数据 / deliveries", total);
		for (DemoResource resource : all) {
			ResourceCode code = resource.entry().code();
			DemoSteward steward = DemoSteward.of(resource.entry().providerCode());
			long rows = rows(resource);
			DeliveryOutcome base = catalog.deliverCsv(code, BASE_BATCH, DeliveryMode.FULL,
					new CsvBatch(resource, 0, rows, 0, job::advance), steward);
			log.info("Demo catalog: {} {} delivered: {} ({} accepted, {} rejected){}", code, resource.entry().name(), base.state(),
					base.accepted(), base.rejected(), base.repeated() ? ", already there" : "");
			updateBatch(resource, rows, steward);
			Duration late = late(code);
			if (!base.repeated() && late != null) {
				backdating.deliveriesOf(code, late);
			}
		}
	}

	/**
	 * A second batch for some resources: the last 2% of the rows again plus as many new ones,
	 * every 40th spoilt. Resources that accept valid rows take it partly; the 低保 list (reject
	 * the batch on any invalid row) refuses it whole, and keeps its base data.
	 */
	private void updateBatch(DemoResource resource, long rows, DemoSteward steward) {
		ResourceCode code = resource.entry().code();
		if (!code.equals(DemoResources.POPULATION) && !code.equals(DemoResources.SOCIAL_SECURITY)
				&& !code.equals(DemoResources.SUBSISTENCE) && !code.equals(DemoResources.VEHICLES)) {
			return;
		}
		long changed = Math.max(10, rows / 50);
		long brokenEvery = code.equals(DemoResources.SUBSISTENCE) ? 7 : 40;
		DeliveryOutcome update = catalog.deliverCsv(code, UPDATE_BATCH, DeliveryMode.INCREMENTAL,
				new CsvBatch(resource, rows - changed, rows + changed, brokenEvery, n -> { }), steward);
		log.info("Demo catalog: {} update: {} ({} accepted, {} rejected)", code, update.state(), update.accepted(), update.rejected());
	}

	/** How far back a late resource's deliveries are set: past its cycle, so it shows as overdue. */
	private static @org.jspecify.annotations.Nullable Duration late(ResourceCode code) {
		if (code.equals(DemoResources.MIGRANTS)) {
			return Duration.ofDays(40);
		}
		if (code.equals(DemoResources.SUBSISTENCE)) {
			return Duration.ofDays(45);
		}
		if (code.equals(DemoResources.VEHICLES)) {
			return Duration.ofDays(12);
		}
		return null;
	}

	private void share(Job job) {
		job.step("共享申请 / sharing requests", 14);
		if (backdating.sharingLoaded()) {
			job.advance(14);
			return;
		}
		DemoSteward gaj = DemoSteward.of("GAJ");
		ResourceCode population = DemoResources.POPULATION;
		List<String> basic = List.of("id_number", "name", "gender", "birth_date", "household_address");
		// Waiting for 公安局: one in time, one past its reply deadline.
		ask(population, "MZJ", "核对低保申请人户籍与家庭成员信息，落实《社会救助暂行办法》的家庭经济状况核查。", basic, List.of("name"));
		RequestOutcome late = ask(population, "RSJ", "社保待遇资格认证，核对参保人员身份与生存状态，防止冒领。", basic, List.of());
		backdating.request(late.id(), Duration.ofDays(12));
		// Answered: approved (with the name unmasked), rejected, approved then revoked, approved long ago and expired.
		RequestOutcome school = ask(population, "JYJ", "义务教育招生入学资格审核，核对适龄儿童户籍信息。", basic, List.of("name"));
		catalog.approve(school.id(), List.of("name"), gaj);
		RequestOutcome taxes = ask(population, "SWJ", "个人所得税专项附加扣除信息核验，需要全量人口信息。",
				List.of("id_number", "name", "phone", "household_address"), List.of("phone"));
		catalog.reject(taxes.id(), "申请的联系电话、户籍地址超出专项附加扣除核验所需，请按最小够用原则只申请身份证号和姓名。", gaj);
		RequestOutcome health = ask(population, "WJW", "出生医学证明签发前核对父母身份信息。", List.of("id_number", "name"), List.of());
		RequestOutcome healthGrant = catalog.approve(health.id(), List.of(), gaj);
		catalog.revoke(healthGrant.grantId(), "卫健委已接入国家人口库身份核验服务，本授权不再需要。", gaj);
		RequestOutcome fund = ask(population, "GJJ", "住房公积金提取时核对职工身份与户籍信息。", List.of("id_number", "name"), List.of());
		RequestOutcome fundGrant = catalog.approve(fund.id(), List.of(), DemoSteward.of("GAJ"));
		backdating.expire(fund.id(), fundGrant.grantId());
		job.advance(8);
		// Unconditional: granted at once by the rule.
		ask(DemoResources.COMPANIES, "GAJ", "治安管理中核对涉案企业的登记信息和法定代表人。", List.of("credit_code", "company_name", "legal_representative"), List.of());
		ask(DemoResources.COMPANIES, "SWJ", "纳税人登记信息与市场主体登记信息比对。", List.of("credit_code", "company_name", "status"), List.of());
		// 公安局 asking others: one waiting, one rejected, one approved.
		ask(DemoResources.REAL_ESTATE, "GAJ", "打击电信网络诈骗案件中查询涉案人员名下不动产。", List.of("certificate_no", "owner_id_number", "owner_name", "location"), List.of());
		RequestOutcome insured = ask(DemoResources.SOCIAL_SECURITY, "GAJ", "核查流动人口就业与参保情况，服务居住证办理。", List.of("id_number", "insurance_type", "status"), List.of());
		catalog.reject(insured.id(), "居住证办理可通过个人授权查询参保证明，无需批量共享。", DemoSteward.of("RSJ"));
		RequestOutcome vehicles = ask(DemoResources.VEHICLES, "GAJ", "交通违法处理中核对机动车所有人信息。", List.of("plate_no", "owner_id_number", "owner_name"), List.of());
		catalog.approve(vehicles.id(), List.of(), DemoSteward.of("JTYSJ"));
		// 民政局: approved by 人社局; waiting on 公积金中心 past its deadline.
		RequestOutcome mzjInsured = ask(DemoResources.SOCIAL_SECURITY, "MZJ", "低保家庭经济状况核对，查询家庭成员参保与就业情况。", List.of("id_number", "status"), List.of());
		catalog.approve(mzjInsured.id(), List.of(), DemoSteward.of("RSJ"));
		RequestOutcome mzjFund = ask(DemoResources.HOUSING_FUND, "MZJ", "低保家庭经济状况核对，查询家庭成员公积金缴存情况。", List.of("account_no", "id_number", "balance"), List.of());
		backdating.request(mzjFund.id(), Duration.ofDays(9));
		job.advance(6);
	}

	private RequestOutcome ask(ResourceCode code, String consumer, String purpose, List<String> items, List<String> unmasked) {
		return catalog.request(code, consumer, purpose, items, unmasked, null, DemoSteward.of(consumer));
	}
}
