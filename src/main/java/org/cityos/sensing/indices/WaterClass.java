package org.cityos.sensing.indices;

/** 地表水环境质量类别 per GB 3838-2002, best to worst; 劣V is worse than class V. */
public enum WaterClass {

	I("Ⅰ类"), II("Ⅱ类"), III("Ⅲ类"), IV("Ⅳ类"), V("Ⅴ类"), WORSE_THAN_V("劣Ⅴ类");

	private final String chineseName;

	WaterClass(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return chineseName;
	}

	public boolean worseThan(WaterClass other) {
		return ordinal() > other.ordinal();
	}
}
