package org.cityos.catalog.collection;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The request body as it streams in: counts the bytes (for progress and the report) and stops
 * a batch that grows past the configured limit, without ever holding more than the reader's
 * buffer.
 */
final class BatchBytes extends FilterInputStream {

	private final long limit;

	private long count;

	BatchBytes(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		int read = super.read(bytes, offset, length);
		if (read > 0) {
			counted(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(long bytes) {
		count += bytes;
		if (count > limit) {
			throw tooLarge(limit);
		}
	}

	static BatchRefusedException tooLarge(long limit) {
		return new BatchRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "The batch is larger than "
				+ DataSize.ofBytes(limit).toMegabytes() + " MB (cityos.catalog.max-batch-bytes): split it into "
				+ "incremental deliveries or ask the big data bureau to raise the limit.");
	}
}
