package org.cityos.geography;

/** A division named by its code and name, as answers show it. */
public record DivisionReference(DivisionCode code, String name) {
}
