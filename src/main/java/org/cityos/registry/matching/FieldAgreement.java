package org.cityos.registry.matching;

/** One line of a match's explanation: how a field agreed and the weight that gave. */
public record FieldAgreement(Field field, Agreement agreement, double weight) {
}
