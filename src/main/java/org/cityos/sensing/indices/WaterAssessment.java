package org.cityos.sensing.indices;

import java.util.List;
import java.util.Map;

/**
 * A section's single-factor evaluation (单因子评价): each parameter's class, the section's class
 * (the worst), the parameters that set it, and against the target class (水质目标) whether the
 * section is worse and which parameters make it so (超标因子).
 */
public record WaterAssessment(WaterClass waterClass, Map<WaterParameter, WaterClass> classes,
		List<WaterParameter> worstParameters, WaterClass target, boolean worseThanTarget,
		List<WaterParameter> responsibleParameters) {
}
