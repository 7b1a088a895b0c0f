package org.cityos.catalog.collection;

/** Where a delivery stands. */
public enum DeliveryState {
	/** Being received and validated; {@code received} counts the rows so far. */
	RUNNING,
	/** Every row was valid and is stored. */
	ACCEPTED,
	/** Policy ACCEPT_VALID_ROWS: the valid rows are stored, the invalid ones are in the report. */
	PARTIALLY_ACCEPTED,
	/** Nothing was stored: invalid rows under REJECT_BATCH, no valid row at all, or a batch refused whole. */
	REJECTED,
	/** Stopped by an error on our side or an interrupted upload; nothing was stored. Resending the batch id retries. */
	FAILED;

	public boolean finished() {
		return this != RUNNING;
	}
}
