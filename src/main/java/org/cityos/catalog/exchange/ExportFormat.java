package org.cityos.catalog.exchange;

import java.util.Arrays;
import java.util.Locale;

import org.cityos.shared.InvalidInputException;

/** The formats of a bulk export: both one record per line, so that a client can read while the export runs. */
public enum ExportFormat {
	/** RFC 4180 CSV with a header line of item names, UTF-8. */
	CSV("text/csv;charset=UTF-8", "csv"),
	/** JSON Lines: one JSON object per record. */
	JSONL("application/x-ndjson;charset=UTF-8", "jsonl");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public static ExportFormat parse(String value) {
		return Arrays.stream(values()).filter(f -> f.extension.equals(value.trim().toLowerCase(Locale.ROOT))).findFirst()
			.orElseThrow(() -> InvalidInputException.ofField("format", "'" + value + "' is not csv or jsonl"));
	}
}
