package org.cityos.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 自动派遣规则 as data. For a case, the rule that applies is the most specific one: the deepest
 * category match (minor class over major class over any), then the longest area-code prefix of the
 * case's grid (grid over community over street over district over anywhere), then the lowest
 * priority number; rules naming a department that does not exist are skipped.
 */
@Repository
public class DispatchRules {

	/** One rule; null category or area means any. */
	public record DispatchRule(@Nullable Long id, @Nullable String categoryCode, @Nullable String areaCode,
			String departmentCode, int priority, @Nullable String note) {
	}

	private final JdbcClient jdbc;

	DispatchRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DispatchRule> all() {
		return jdbc.sql("""
				select id, category_code, area_code, department_code, priority, note from cases_dispatch_rule
				order by category_code nulls first, area_code nulls first, priority
				""").query((rs, n) -> new DispatchRule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getInt(5), rs.getString(6))).list();
	}

	/** The department the rules send a case of {@code lineage} (category and ancestors) at {@code gridCode} to. */
	public Optional<String> departmentFor(List<String> lineage, @Nullable String gridCode,
			Predicate<String> departmentExists) {
		return choose(all(), lineage, gridCode, departmentExists);
	}

	/**
	 * The rule choice over a list of rules already read (a bulk import or a simulator reads
	 * {@link #all()} once instead of once per case).
	 */
	public static Optional<String> choose(List<DispatchRule> rules, List<String> lineage, @Nullable String gridCode,
			Predicate<String> departmentExists) {
		return rules.stream()
			.filter(r -> r.categoryCode() == null || lineage.contains(r.categoryCode()))
			.filter(r -> r.areaCode() == null || (gridCode != null && gridCode.startsWith(r.areaCode())))
			.filter(r -> departmentExists.test(r.departmentCode()))
			.min(Comparator.comparingInt((DispatchRule r) -> r.categoryCode() == null ? Integer.MAX_VALUE
					: lineage.indexOf(r.categoryCode()))
				.thenComparing(r -> r.areaCode() == null ? 0 : -r.areaCode().length())
				.thenComparingInt(DispatchRule::priority))
			.map(DispatchRule::departmentCode);
	}

	/** Replaces all rules at once. */
	@Transactional
	public void replaceAll(List<DispatchRule> rules) {
		jdbc.sql("delete from cases_dispatch_rule").update();
		for (DispatchRule r : rules) {
			jdbc.sql("""
					insert into cases_dispatch_rule (category_code, area_code, department_code, priority, note)
					values (:category, :area, :department, :priority, :note)
					""").param("category", r.categoryCode()).param("area", r.areaCode())
				.param("department", r.departmentCode()).param("priority", r.priority()).param("note", r.note()).update();
		}
	}
}
