package org.cityos.registry;

/** How an attribute's values are normalised before they are compared. */
public enum ValueKind {
	/** Free text: full-width to half-width, spaces collapsed, case folded. */
	TEXT,
	/** A calendar date in any of the usual spellings, compared as ISO {@code yyyy-MM-dd}. */
	DATE,
	/** A phone number: separators and +86/0086 removed, national digits. */
	PHONE,
	/** An identifier (ID number, credit code): half-width, no spaces, upper case. */
	CODE
}
