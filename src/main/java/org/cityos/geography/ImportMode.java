package org.cityos.geography;

import java.util.Locale;

import org.cityos.shared.InvalidInputException;

/** How an import treats the divisions already on the map. */
public enum ImportMode {

	/** Insert new codes, update existing ones, keep everything else. */
	MERGE,
	/** The file is the whole new map: everything not in it disappears. */
	REPLACE;

	/** Reads the {@code mode} request parameter; {@code upsert} is accepted for MERGE. */
	public static ImportMode parse(String field, String text) {
		String wanted = text.strip().toUpperCase(Locale.ROOT);
		if (wanted.equals("UPSERT")) {
			return MERGE;
		}
		for (ImportMode mode : values()) {
			if (mode.name().equals(wanted)) {
				return mode;
			}
		}
		throw InvalidInputException.ofField(field, "unknown import mode '" + text + "', allowed: merge, replace");
	}
}
