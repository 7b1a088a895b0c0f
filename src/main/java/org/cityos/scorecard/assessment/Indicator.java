package org.cityos.scorecard.assessment;

/**
 * The scorecard's indicators, each scored 0–100 (formulas in {@link Scoring} and
 * docs/scorecard.md), with the default weight the migration installs.
 */
public enum Indicator {
	/** 资源编目: resources registered (quantity, scored against the best department on a log scale). */
	RESOURCES("资源编目", 10),
	/** 按时归集率: deliveries due in the period made by their due date. */
	TIMELY_DELIVERY("按时归集率", 15),
	/** 完整性: filled cells of the rows delivered in the period. */
	COMPLETENESS("数据完整性", 10),
	/** 有效性: delivered rows that passed validation. */
	VALIDITY("数据有效性", 15),
	/** 一致性: the department's registry source values that agree with the authoritative value. */
	CONSISTENCY("比对一致率", 15),
	/** 差异处理: discrepancies handled without going past their due date. */
	DISCREPANCY_HANDLING("差异按期处理率", 10),
	/** 数据使用: reads of the department's resources by other departments (log scale against the best). */
	USE("数据被使用", 15),
	/** 申请答复: sharing requests answered by their reply deadline. */
	REQUEST_ANSWERS("共享申请按期答复率", 10);

	private final String label;

	private final double defaultWeight;

	Indicator(String label, double defaultWeight) {
		this.label = label;
		this.defaultWeight = defaultWeight;
	}

	public String label() {
		return label;
	}

	public double defaultWeight() {
		return defaultWeight;
	}
}
