package org.cityos.scorecard.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored weights (scorecard_weight); an indicator missing from the table gets its default. */
@Repository
class WeightSettings {

	private final JdbcClient jdbc;

	WeightSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Weights current() {
		Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			values.put(indicator, indicator.defaultWeight());
		}
		jdbc.sql("select indicator, weight from scorecard_weight").query(rs -> {
			for (Indicator indicator : Indicator.values()) {
				if (indicator.name().equals(rs.getString(1))) {
					values.put(indicator, rs.getDouble(2));
				}
			}
		});
		return new Weights(values);
	}

	/** Replaces every weight (in the caller's transaction). */
	void replace(Weights weights, String by) {
		weights.values().forEach((indicator, weight) -> jdbc.sql("""
				insert into scorecard_weight (indicator, weight, updated_at, updated_by) values (:indicator, :weight, now(), :by)
				on conflict (indicator) do update set weight = excluded.weight, updated_at = now(), updated_by = excluded.updated_by
				""").param("indicator", indicator.name()).param("weight", weight).param("by", by).update());
	}
}
