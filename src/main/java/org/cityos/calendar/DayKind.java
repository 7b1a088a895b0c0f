package org.cityos.calendar;

/** Why a day is or is not a working day. */
public enum DayKind {

	/** Monday to Friday with no holiday: a working day. */
	WEEKDAY(true),
	/** Saturday or Sunday with no adjustment: a rest day. */
	WEEKEND(false),
	/** 放假: a public holiday or a day of its holiday period, whatever the weekday. */
	HOLIDAY(false),
	/** 调休上班: a Saturday or Sunday declared a working day to compensate a holiday. */
	ADJUSTED_WORKDAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean isWorking() {
		return working;
	}
}
