package org.cityos.sensing.indices;

import java.time.LocalTime;

/** 昼间 06:00–22:00 and 夜间 22:00–06:00, local time (GB 3096-2008 §3.5/3.6). */
public enum NoisePeriod {

	DAY("昼间"), NIGHT("夜间");

	private final String chineseName;

	NoisePeriod(String chineseName) {
		this.chineseName = chineseName;
	}

	public static NoisePeriod of(LocalTime time) {
		return time.getHour() >= 6 && time.getHour() < 22 ? DAY : NIGHT;
	}

	public String chineseName() {
		return chineseName;
	}
}
