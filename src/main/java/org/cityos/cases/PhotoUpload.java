package org.cityos.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cityos.shared.InvalidInputException;

/**
 * A photo or file given with a report or a reply. The content type is checked against the bytes
 * (JPEG, PNG, WebP, GIF, PDF), never taken on trust; the size limit is checked by
 * {@link CaseDesk} (413 when exceeded).
 */
public record PhotoUpload(String fileName, String contentType, byte[] content) {

	public static final List<String> ACCEPTED = List.of("image/jpeg", "image/png", "image/webp", "image/gif",
			"application/pdf");

	public PhotoUpload {
		fileName = fileName == null || fileName.isBlank() ? "photo" : fileName.trim();
		if (fileName.length() > 200) {
			fileName = fileName.substring(0, 200);
		}
	}

	/** Checks the declared type is accepted and the bytes are of that type. */
	public PhotoUpload checked(String field) {
		String declared = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
		if (!ACCEPTED.contains(declared)) {
			throw InvalidInputException.ofField(field, "content type '" + contentType + "' is not accepted; use one of "
					+ ACCEPTED);
		}
		String sniffed = sniff(content);
		if (!declared.equals(sniffed)) {
			throw InvalidInputException.ofField(field, "the file is not a " + declared + " (its bytes look like "
					+ (sniffed == null ? "something else" : sniffed) + ")");
		}
		return new PhotoUpload(fileName, declared, content);
	}

	static @org.jspecify.annotations.Nullable String sniff(byte[] b) {
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (starts(b, 'G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (starts(b, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	private static boolean starts(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PhotoUpload p && p.fileName.equals(fileName) && p.contentType.equals(contentType)
				&& Arrays.equals(p.content, content);
	}

	@Override
	public int hashCode() {
		return fileName.hashCode() * 31 + Arrays.hashCode(content);
	}

	@Override
	public String toString() {
		return fileName + " (" + contentType + ", " + content.length + " bytes)";
	}
}
