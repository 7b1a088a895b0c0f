package org.cityos.scorecard.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.catalog.SharingStatistics;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.registry.RegistryStatistics;
import org.springframework.stereotype.Component;

/**
 * Asks the catalog, the registries and the use counter for one period's figures and joins them
 * per department. The departments assessed are those that had registered at least one catalog
 * resource by the period's end: a department that provides nothing has nothing to assess.
 */
@Component
class FactGathering {

	private final SharingStatistics sharing;

	private final RegistryStatistics registries;

	private final ResourceUse use;

	FactGathering(SharingStatistics sharing, RegistryStatistics registries, ResourceUse use) {
		this.sharing = sharing;
		this.registries = registries;
		this.use = use;
	}

	List<DepartmentFacts> gather(AssessmentPeriod period, ZoneId zone, Instant now, Job job) {
		Instant from = period.from(zone);
		Instant to = period.to(zone);
		job.step("共享目录与归集 / catalog and deliveries", 1);
		Map<String, SharingStatistics.ProviderFigures> catalog = new TreeMap<>(sharing.figures(from, to, now));
		job.advance(1);
		job.step("基础库比对与差异 / registries and discrepancies", 1);
		Map<String, RegistryStatistics.ProviderFigures> registry = registries.figures(from, to, now);
		job.advance(1);
		job.step("数据使用 / use", 1);
		Map<String, DepartmentFacts.Use> reads = use.between(period.firstDay(), period.endDay());
		job.advance(1);
		List<DepartmentFacts> facts = new ArrayList<>();
		catalog.forEach((code, figures) -> facts.add(new DepartmentFacts(code, figures,
				registry.getOrDefault(code, DepartmentFacts.noRegistryFigures(code)),
				reads.getOrDefault(code, DepartmentFacts.Use.NONE))));
		return facts;
	}
}
