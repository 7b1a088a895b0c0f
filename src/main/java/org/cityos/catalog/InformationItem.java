package org.cityos.catalog;

import java.util.regex.Pattern;

import org.cityos.shared.InvalidInputException;

/**
 * 信息项: one column of a resource. {@code name} is the machine name (also the column name in
 * the resource's data table and the CSV header); {@code label} is what people read (身份证号).
 * Key items identify a record (upserts, reads by key) and are always required.
 */
public record InformationItem(String name, String label, ItemType type, boolean required, boolean key,
		IdentifierKind identifier, Sensitivity sensitivity) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	public InformationItem {
		if (name == null || !NAME.matcher(name).matches() || name.startsWith("_")) {
			throw InvalidInputException.ofField("items.name",
					"'" + name + "' must be 1–63 lower-case letters, digits or '_', starting with a letter");
		}
		if (label == null || label.isBlank()) {
			throw InvalidInputException.ofField("items.label", "item '" + name + "' needs a label");
		}
		if (type == null) {
			throw InvalidInputException.ofField("items.type", "item '" + name + "' needs a type");
		}
		identifier = identifier == null ? IdentifierKind.NONE : identifier;
		sensitivity = sensitivity == null ? Sensitivity.INTERNAL : sensitivity;
		if (key && !required) {
			required = true;
		}
		if (identifier != IdentifierKind.NONE && type != ItemType.STRING) {
			throw InvalidInputException.ofField("items.identifier", "identifier item '" + name + "' must be of type STRING");
		}
	}
}
