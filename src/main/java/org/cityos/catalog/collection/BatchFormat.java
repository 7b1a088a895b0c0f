package org.cityos.catalog.collection;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The formats a batch may come in, told by its Content-Type. */
public enum BatchFormat {
	/** {@code text/csv}, UTF-8 or GBK (declared by {@code charset}, or detected). */
	CSV,
	/** {@code application/x-ndjson} or {@code application/jsonl}: one JSON object per line, UTF-8. */
	JSON_LINES;

	/** A batch's format and the charset its sender declared, if any. */
	public record Declared(BatchFormat format, @Nullable Charset charset) {
	}

	/** Reads the Content-Type of a delivery; 415 for anything else. */
	public static Declared of(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			throw unsupported("The delivery has no Content-Type");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			throw unsupported("'" + contentType + "' is not a media type");
		}
		String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
		String charsetName = type.getParameter("charset");
		Charset charset = charsetName == null ? null : charset(charsetName.replace("\"", "").trim());
		return switch (name) {
			case "text/csv" -> new Declared(CSV, charset);
			case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> {
				if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
					throw unsupported("JSON lines are UTF-8, not " + charsetName);
				}
				yield new Declared(JSON_LINES, StandardCharsets.UTF_8);
			}
			default -> throw unsupported("'" + name + "' is not a batch format");
		};
	}

	private static Charset charset(String name) {
		return switch (name.toUpperCase(Locale.ROOT)) {
			case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			case "GBK", "CP936", "GB2312", "X-GBK" -> BatchEncoding.GBK;
			case "GB18030" -> Charset.forName("GB18030");
			default -> throw unsupported("charset " + name + " is not supported: send UTF-8 or GBK (GB18030)");
		};
	}

	private static BatchRefusedException unsupported(String what) {
		return new BatchRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, what
				+ ". Send text/csv (with a header row; charset UTF-8 or GBK) or application/x-ndjson (JSON lines, UTF-8).");
	}
}
