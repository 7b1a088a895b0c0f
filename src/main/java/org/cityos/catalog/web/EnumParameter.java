package org.cityos.catalog.web;

import java.util.Arrays;
import java.util.Locale;

import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** An optional enum query parameter read leniently (any case, blank = not given), naming the allowed values when wrong. */
final class EnumParameter {

	private EnumParameter() {
	}

	static <E extends Enum<E>> @Nullable E parse(String parameter, @Nullable String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField(parameter,
					"'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}
}
