package org.cityos.registry.matching;

import java.time.LocalDate;

import org.cityos.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A person as one department recorded it, without an ID number. Every field but the reference may
 * be missing; values are kept as typed (full-width digits, {@code +86}, a province prefix) and only
 * normalised for comparison.
 *
 * @param reference the providing department's own key of the record, e.g. {@code 公安:000123}
 */
public record PersonRecord(String reference, @Nullable String name, @Nullable LocalDate birthDate, @Nullable Sex sex,
		@Nullable String address, @Nullable String phone) {

	public PersonRecord {
		if (reference.isBlank()) {
			throw new IllegalArgumentException("A person record needs a reference to its source");
		}
	}
}
