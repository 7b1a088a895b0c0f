package org.cityos.registry.matching;

import java.util.List;

/**
 * A reference record compared with the record being matched.
 *
 * @param reference the reference record's {@link PersonRecord#reference()}
 * @param weight the Fellegi–Sunter total, the sum of the agreements' weights (log2 of the likelihood ratio)
 * @param agreements one per {@link Field}, in the enum's order
 */
public record Candidate(String reference, double weight, List<FieldAgreement> agreements) {

	public Candidate {
		agreements = List.copyOf(agreements);
	}

	public Agreement agreementOf(Field field) {
		return agreements.get(field.ordinal()).agreement();
	}
}
