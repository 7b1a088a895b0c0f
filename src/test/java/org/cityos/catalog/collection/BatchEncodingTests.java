package org.cityos.catalog.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.cityos.catalog.collection.BatchEncoding.Decoded;
import org.junit.jupiter.api.Test;

class BatchEncodingTests {

	private static final String TEXT = "id,name\n1,人口基本信息\n";

	@Test
	void detectsUtf8() throws IOException {
		Decoded decoded = BatchEncoding.open(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), null);

		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.detected()).isTrue();
		assertThat(readAll(decoded.reader())).isEqualTo(TEXT);
	}

	@Test
	void detectsGbkFromExcelOnChineseWindows() throws IOException {
		Decoded decoded = BatchEncoding.open(new ByteArrayInputStream(TEXT.getBytes(BatchEncoding.GBK)), null);

		assertThat(decoded.charset()).isEqualTo(BatchEncoding.GBK);
		assertThat(readAll(decoded.reader())).isEqualTo(TEXT);
	}

	@Test
	void skipsTheUtf8ByteOrderMark() throws IOException {
		byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

		assertThat(readAll(BatchEncoding.open(new ByteArrayInputStream(body), null).reader())).isEqualTo(TEXT);
		assertThat(readAll(BatchEncoding.open(new ByteArrayInputStream(body), StandardCharsets.UTF_8).reader())).isEqualTo(TEXT);
	}

	@Test
	void bytesInvalidInTheDeclaredCharsetStopTheReader() throws IOException {
		Decoded decoded = BatchEncoding.open(new ByteArrayInputStream(TEXT.getBytes(BatchEncoding.GBK)), StandardCharsets.UTF_8);

		assertThatExceptionOfType(CharacterCodingException.class).isThrownBy(() -> readAll(decoded.reader()));
	}

	@Test
	void aUtf8SequenceCutByTheSampleEndStillCountsAsUtf8() {
		byte[] bytes = "人".getBytes(StandardCharsets.UTF_8);

		assertThat(BatchEncoding.validUtf8(bytes, 2)).isTrue();
		assertThat(BatchEncoding.validUtf8(new byte[] { (byte) 0xC0, (byte) 0x80 }, 2)).as("overlong").isFalse();
		assertThat(BatchEncoding.validUtf8(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, 3)).as("surrogate").isFalse();
		assertThat(BatchEncoding.validUtf8("人口".getBytes(BatchEncoding.GBK), 4)).isFalse();
	}

	@Test
	void readsTheFormatAndCharsetFromTheContentType() {
		assertThat(BatchFormat.of("text/csv; charset=gbk")).isEqualTo(new BatchFormat.Declared(BatchFormat.CSV, BatchEncoding.GBK));
		assertThat(BatchFormat.of("text/csv").charset()).isNull();
		assertThat(BatchFormat.of("application/x-ndjson").format()).isEqualTo(BatchFormat.JSON_LINES);
		assertThat(BatchFormat.of("application/jsonl").format()).isEqualTo(BatchFormat.JSON_LINES);
		for (String refused : new String[] { "application/json", "text/csv; charset=latin1", "", "application/x-ndjson; charset=gbk" }) {
			assertThatExceptionOfType(BatchRefusedException.class).as(refused).isThrownBy(() -> BatchFormat.of(refused))
				.satisfies(e -> assertThat(e.status()).isEqualTo(415));
		}
	}

	private static String readAll(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[7];
		int read;
		while ((read = reader.read(buffer)) > 0) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}
}
