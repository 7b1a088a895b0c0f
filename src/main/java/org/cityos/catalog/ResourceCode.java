package org.cityos.catalog;

import java.util.regex.Pattern;

import org.cityos.shared.InvalidInputException;

/**
 * 信息资源代码: front segment (the classification, 类 1 digit + 项 2 + 目 3 + optional 细目) and
 * back segment (a serial within the classification). The catalog standard writes them
 * {@code 101001/000001}; CityOS writes {@code 101001-000001} so that the code fits in a URL path,
 * and accepts either.
 */
public record ResourceCode(String value) {

	private static final Pattern CODE = Pattern.compile("[1-9]\\d{5}(\\d{1,3})?-\\d{6}");

	public ResourceCode {
		String normalised = value == null ? null : value.trim().replace('/', '-');
		if (normalised == null || !CODE.matcher(normalised).matches()) {
			throw InvalidInputException.ofField("code", "'" + value
					+ "' is not a resource code: 6–9 classification digits (类/项/目/细目), '-', 6-digit serial, e.g. 101001-000001");
		}
		value = normalised;
	}

	public String classification() {
		return value.substring(0, value.indexOf('-'));
	}

	@Override
	public String toString() {
		return value;
	}
}
