package org.cityos.catalog;

/** How a delivered batch relates to the data already held for the resource. */
public enum DeliveryMode {
	/** 全量: the batch is the resource's whole data and replaces what was there. */
	FULL,
	/** 增量: rows are upserted by key; rows marked {@code _op=delete} remove their key. */
	INCREMENTAL
}
