package org.cityos.sensing.indices;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;

/** GB 3838-2002 single-factor evaluation of a surface-water section: the worst parameter sets the class. */
public final class WaterQuality {

	private WaterQuality() {
	}

	public static WaterAssessment assess(Map<WaterParameter, Double> values, WaterBody body, WaterClass target) {
		List<FieldProblem> problems = new ArrayList<>();
		values.forEach((parameter, value) -> {
			if (value == null || !Double.isFinite(value) || value < 0) {
				problems.add(new FieldProblem(parameter.name(), "must be a finite concentration ≥ 0 mg/L, was " + value));
			}
		});
		if (values.isEmpty()) {
			problems.add(new FieldProblem("values", "at least one parameter is needed"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("invalid water quality values", problems);
		}
		Map<WaterParameter, WaterClass> classes = new EnumMap<>(WaterParameter.class);
		values.forEach((parameter, value) -> classes.put(parameter, parameter.classOf(value, body)));
		WaterClass worst = classes.values().stream().max(Enum::compareTo).orElseThrow();
		List<WaterParameter> worstParameters = classes.entrySet().stream()
			.filter(entry -> entry.getValue() == worst)
			.map(Map.Entry::getKey)
			.toList();
		List<WaterParameter> responsible = classes.entrySet().stream()
			.filter(entry -> entry.getValue().worseThan(target))
			.map(Map.Entry::getKey)
			.toList();
		return new WaterAssessment(worst, java.util.Collections.unmodifiableMap(classes), worstParameters, target, worst.worseThan(target), responsible);
	}
}
