package org.cityos.cases;

/** Where a case came from (受理渠道). */
public enum Channel {
	/** 12345 热线 */
	HOTLINE("12345热线"),
	/** 网站 / app, including the public reporting page */
	WEB("网站/APP"),
	/** 网格员 / 监督员 上报 */
	GRID_WORKER("网格员上报"),
	/** 视频监控 / 物联网告警 */
	IOT_ALERT("视频/物联告警"),
	/** Open311 GeoReport v2 clients */
	OPEN311("Open311"),
	/** 上级交办 */
	SUPERIOR("上级交办");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
