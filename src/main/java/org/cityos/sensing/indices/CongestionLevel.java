package org.cityos.sensing.indices;

/**
 * The five traffic states Chinese cities publish (畅通 … 严重拥堵), each a band of two points of
 * the 0–10 congestion index.
 */
public enum CongestionLevel {

	FREE_FLOW("畅通"), MOSTLY_FREE("基本畅通"), LIGHT("轻度拥堵"), MODERATE("中度拥堵"), SEVERE("严重拥堵");

	private final String chineseName;

	CongestionLevel(String chineseName) {
		this.chineseName = chineseName;
	}

	/** [0,2) 畅通, [2,4) 基本畅通, [4,6) 轻度, [6,8) 中度, [8,10] 严重. */
	public static CongestionLevel of(double index) {
		return values()[Math.min(4, (int) Math.floor(Math.max(0, index) / 2))];
	}

	public String chineseName() {
		return chineseName;
	}
}
