package org.cityos.sensing.alerting;

import java.util.Locale;

import org.cityos.sensing.WarningLevel;
import org.cityos.sensing.alerting.AlertTransition.Type;
import org.cityos.sensing.alerting.RuleCondition.AqiCategoryReached;
import org.cityos.sensing.alerting.RuleCondition.ForecastBreach;
import org.cityos.sensing.alerting.RuleCondition.NoData;
import org.cityos.sensing.alerting.RuleCondition.RateOfChange;
import org.cityos.sensing.alerting.RuleCondition.WaterClassWorseThanTarget;
import org.cityos.sensing.indices.WaterClass;
import org.jspecify.annotations.Nullable;

/** The one-line Chinese text an alert carries (shown in lists, copied into a case). */
final class AlertMessages {

	private AlertMessages() {
	}

	static String describe(Type type, CompiledRule compiled, ObservedValue context, @Nullable WarningLevel from,
			@Nullable WarningLevel to, double value) {
		String subject = compiled.rule.name() + "（" + context.datastreamId() + "）";
		if (type == Type.RESOLVED) {
			return subject + "：预警解除";
		}
		String level = to == null ? "" : to.chineseName() + "预警";
		String what = switch (compiled.rule.condition().kind()) {
			case NO_DATA -> String.format(Locale.ROOT, "已 %.0f 分钟无数据（设备离线，阈值 %d 分钟）", value,
					((NoData) compiled.rule.condition()).after().toMinutes());
			case RATE_OF_CHANGE -> String.format(Locale.ROOT, "变化速率 %.2f/分钟（窗口 %d 分钟）", value,
					((RateOfChange) compiled.rule.condition()).window().toMinutes());
			case FORECAST_BREACH -> String.format(Locale.ROOT, "预测 %d 分钟后值为 %.1f",
					((ForecastBreach) compiled.rule.condition()).horizon().toMinutes(), value);
			case AQI_CATEGORY -> String.format(Locale.ROOT, "AQI %.0f，达到%s", value,
					((AqiCategoryReached) compiled.rule.condition()).category().chineseName() + "及以上");
			case WATER_CLASS_WORSE_THAN_TARGET -> {
				WaterClassWorseThanTarget water = (WaterClassWorseThanTarget) compiled.rule.condition();
				yield water.parameter().chineseName() + " " + WaterClass.values()[(int) value - 1].chineseName() + "，劣于目标"
						+ water.target().chineseName();
			}
			case THRESHOLD -> {
				Ladder ladder = compiled.ladder();
				yield String.format(Locale.ROOT, "当前值 %.2f，阈值 %.2f", value,
						ladder == null || to == null ? Double.NaN : ladder.threshold(to));
			}
		};
		return subject + "：" + what + (type == Type.LEVEL_CHANGED && from != null ? "，" + from.chineseName() + "→" : "，")
				+ level;
	}
}
