package org.cityos.catalog;

/** What a delivery with invalid rows does: chosen per resource by its provider. */
public enum InvalidRowPolicy {
	/** The whole batch is rejected; the resource data stays as it was. */
	REJECT_BATCH,
	/** Valid rows are stored; invalid ones are listed in the delivery report. */
	ACCEPT_VALID_ROWS
}
