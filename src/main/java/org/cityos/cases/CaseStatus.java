package org.cityos.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in its workflow (受理 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案). The timed
 * statuses are those in which the handling deadline runs and the SLA sweep looks.
 */
public enum CaseStatus {
	RECEIVED("已受理"), REGISTERED("已立案待派遣"), DISPATCHED("已派遣待签收"), IN_PROGRESS("处置中"),
	REPLIED("已反馈待核查"), VERIFIED("核查通过待结案"), CLOSED("已结案"), REJECTED("不予受理"), MERGED("已合并");

	/** The deadline runs from dispatch until the case is closed. */
	public static final Set<CaseStatus> TIMED = EnumSet.of(DISPATCHED, IN_PROGRESS, REPLIED, VERIFIED);

	/** Not finished: shown on desks, looked at for duplicates. */
	public static final Set<CaseStatus> OPEN = EnumSet.of(RECEIVED, REGISTERED, DISPATCHED, IN_PROGRESS, REPLIED,
			VERIFIED);

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return OPEN.contains(this);
	}
}
