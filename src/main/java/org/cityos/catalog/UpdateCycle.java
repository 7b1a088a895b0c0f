package org.cityos.catalog;

import java.time.Period;
import java.util.Optional;

/** 更新周期: how often the provider promises to deliver; sets when the next delivery is expected. */
public enum UpdateCycle {
	/** 实时: pushed as it changes; expected at least daily. */
	REALTIME("实时", Period.ofDays(1)),
	DAILY("每日", Period.ofDays(1)),
	WEEKLY("每周", Period.ofWeeks(1)),
	MONTHLY("每月", Period.ofMonths(1)),
	QUARTERLY("每季度", Period.ofMonths(3)),
	HALF_YEARLY("每半年", Period.ofMonths(6)),
	YEARLY("每年", Period.ofYears(1)),
	/** 其他: no promised rhythm, so never overdue. */
	OTHER("其他", null);

	private final String label;

	private final Period interval;

	UpdateCycle(String label, Period interval) {
		this.label = label;
		this.interval = interval;
	}

	public String label() {
		return label;
	}

	/** How long after a delivery the next one is due; empty for {@link #OTHER}. */
	public Optional<Period> interval() {
		return Optional.ofNullable(interval);
	}
}
