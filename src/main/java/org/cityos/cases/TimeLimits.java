package org.cityos.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 处置时限 as data, per category (inherited by sub-categories) and urgency. For a case, two
 * candidates are found: the most specific category row for its urgency, and the most specific
 * one for any urgency; {@link Deadlines} takes whichever ends earlier, so urgency never
 * lengthens a limit.
 */
@Repository
public class TimeLimits {

	/** One limit; null category or urgency means any. */
	public record TimeLimit(@Nullable Long id, @Nullable String categoryCode, @Nullable Urgency urgency, int amount,
			LimitUnit unit, int yellowPercent) {
	}

	private final JdbcClient jdbc;

	TimeLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TimeLimit> all() {
		return jdbc.sql("""
				select id, category_code, urgency, amount, unit, yellow_percent from cases_time_limit
				order by category_code nulls first, urgency nulls first
				""").query((rs, n) -> new TimeLimit(rs.getLong(1), rs.getString(2),
				rs.getString(3) == null ? null : Urgency.valueOf(rs.getString(3)), rs.getInt(4),
				LimitUnit.valueOf(rs.getString(5)), rs.getInt(6))).list();
	}

	/** The candidates for a case: [urgency-specific, any-urgency], either possibly absent. */
	static List<TimeLimit> candidates(List<TimeLimit> limits, List<String> lineage, Urgency urgency) {
		Optional<TimeLimit> specific = best(limits, lineage, urgency);
		Optional<TimeLimit> general = best(limits, lineage, null);
		return java.util.stream.Stream.of(specific, general).flatMap(Optional::stream).distinct().toList();
	}

	private static Optional<TimeLimit> best(List<TimeLimit> limits, List<String> lineage, @Nullable Urgency urgency) {
		return limits.stream()
			.filter(l -> l.urgency() == urgency)
			.filter(l -> l.categoryCode() == null || lineage.contains(l.categoryCode()))
			.min(Comparator.comparingInt(l -> l.categoryCode() == null ? Integer.MAX_VALUE : lineage.indexOf(l.categoryCode())));
	}

	@Transactional
	public void replaceAll(List<TimeLimit> limits) {
		jdbc.sql("delete from cases_time_limit").update();
		for (TimeLimit l : limits) {
			jdbc.sql("""
					insert into cases_time_limit (category_code, urgency, amount, unit, yellow_percent)
					values (:category, :urgency, :amount, :unit, :yellow)
					""").param("category", l.categoryCode()).param("urgency", l.urgency() == null ? null : l.urgency().name())
				.param("amount", l.amount()).param("unit", l.unit().name()).param("yellow", l.yellowPercent()).update();
		}
	}
}
