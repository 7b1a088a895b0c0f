package org.cityos.demo.sensing;

import java.util.ArrayList;
import java.util.List;

/**
 * The early-warning rules the demo city starts with, in the JSON of the sensing module's rule API
 * (docs/sensing-indices-alerts.md). The rule engine has no zone- or period-aware noise condition,
 * so the noise rule watches the 4a roadside day limit (70 dB(A)) for every monitor; the per-zone,
 * per-period judgement is on the status map and in {@code /api/sensing/noise/periods}.
 */
final class DemoAlertRules {

	record Rule(String name, String json) {
	}

	static final List<Rule> ALL = build();

	private DemoAlertRules() {
	}

	private static List<Rule> build() {
		List<Rule> rules = new ArrayList<>();
		rules.add(rule("演示：空气质量达到轻度污染（PM2.5）", """
				"scope":{"type":"OBSERVED_PROPERTY","value":"PM2_5"},
				"condition":{"kind":"AQI_CATEGORY","category":"LIGHTLY_POLLUTED","item":"PM2_5_1H","hysteresis":5},
				"minimumDuration":"PT10M","clearDuration":"PT15M\""""));
		rules.add(rule("演示：噪声超过70 dB(A)", """
				"scope":{"type":"OBSERVED_PROPERTY","value":"LAEQ"},
				"condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"BLUE":72,"YELLOW":75,"ORANGE":80,"RED":85},"hysteresis":2},
				"minimumDuration":"PT15M","clearDuration":"PT10M\""""));
		rules.add(rule("演示：断面水质劣于Ⅲ类目标（氨氮）", """
				"scope":{"type":"OBSERVED_PROPERTY","value":"AMMONIA_NITROGEN"},
				"condition":{"kind":"WATER_CLASS_WORSE_THAN_TARGET","parameter":"AMMONIA_NITROGEN","body":"RIVER","target":"III","level":"YELLOW"},
				"minimumDuration":"PT30M","clearDuration":"PT30M\""""));
		rules.add(rule("演示：路段车速预测低于18 km/h（15分钟后）", """
				"scope":{"type":"OBSERVED_PROPERTY","value":"SPEED"},
				"condition":{"kind":"FORECAST_BREACH","direction":"BELOW","levels":{"YELLOW":18,"ORANGE":14,"RED":10},"horizon":"PT15M","hysteresis":3},
				"minimumDuration":"PT5M","clearDuration":"PT10M\""""));
		rules.add(rule("演示：路段拥堵（车速低于12 km/h）", """
				"scope":{"type":"OBSERVED_PROPERTY","value":"SPEED"},
				"condition":{"kind":"THRESHOLD","direction":"BELOW","levels":{"ORANGE":12,"RED":8},"hysteresis":3},
				"minimumDuration":"PT10M","clearDuration":"PT10M\""""));
		rules.add(rule("演示：井盖倾斜超过5°", """
				"scope":{"type":"OBSERVED_PROPERTY","value":"TILT"},
				"condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"ORANGE":5,"RED":15},"hysteresis":1}"""));
		for (DemoSensorKind kind : DemoSensorKind.values()) {
			rules.add(rule("演示：" + kind.chineseName() + "离线10分钟", """
					"scope":{"type":"SENSOR_KIND","value":"%s"},
					"condition":{"kind":"NO_DATA","after":"PT10M","level":"BLUE"}""".formatted(kind.code())));
		}
		return List.copyOf(rules);
	}

	private static Rule rule(String name, String body) {
		return new Rule(name, "{\"name\":\"" + name + "\",\"enabled\":true," + body + "}");
	}
}
