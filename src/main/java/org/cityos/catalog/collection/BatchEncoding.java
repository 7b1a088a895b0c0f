package org.cityos.catalog.collection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * How the bytes of a batch become characters. CSV from departments comes as UTF-8 or, from
 * Excel on Chinese Windows, GBK: a declared {@code charset} is used as declared; without one,
 * a sample from the start is tested — valid UTF-8 is UTF-8, anything else GBK. A UTF-8 byte
 * order mark is skipped. JSON lines are always UTF-8. Bytes that are not valid in the chosen
 * charset stop the batch (the reader reports them) instead of becoming replacement characters.
 */
final class BatchEncoding {

	static final Charset GBK = Charset.forName("GBK");

	/** Enough text to meet the first Chinese characters of almost any file. */
	static final int SAMPLE = 256 * 1024;

	private BatchEncoding() {
	}

	/** A body opened for reading, with the charset chosen and whether it was detected. */
	record Decoded(Reader reader, Charset charset, boolean detected) {
	}

	static Decoded open(InputStream body, @Nullable Charset declared) throws IOException {
		BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
		in.mark(SAMPLE);
		byte[] sample = in.readNBytes(SAMPLE);
		in.reset();
		boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
				&& (sample[2] & 0xFF) == 0xBF;
		Charset charset = declared != null ? declared
				: bom || validUtf8(sample, sample.length) ? StandardCharsets.UTF_8 : GBK;
		if (bom && charset.equals(StandardCharsets.UTF_8)) {
			in.skipNBytes(3);
		}
		var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new Decoded(new InputStreamReader(in, decoder), charset, declared == null);
	}

	/**
	 * Whether the bytes are UTF-8; a sequence cut off by the end of the sample counts as valid.
	 * Overlong forms and surrogates are invalid, as in the JDK's decoder.
	 */
	static boolean validUtf8(byte[] bytes, int length) {
		int i = 0;
		while (i < length) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int more;
			int minimum;
			if (b >= 0xC2 && b <= 0xDF) {
				more = 1;
				minimum = 0x80;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				more = 2;
				minimum = 0x800;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				more = 3;
				minimum = 0x10000;
			}
			else {
				return false;
			}
			int codePoint = b & (0x3F >> more);
			for (int k = 1; k <= more; k++) {
				if (i + k >= length) {
					return true;
				}
				int next = bytes[i + k] & 0xFF;
				if ((next & 0xC0) != 0x80) {
					return false;
				}
				codePoint = codePoint << 6 | next & 0x3F;
			}
			if (codePoint < minimum || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
				return false;
			}
			i += more + 1;
		}
		return true;
	}
}
