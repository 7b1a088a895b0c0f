package org.cityos.demo.catalog;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongConsumer;

import org.cityos.catalog.InformationItem;

/**
 * A delivery's body, written row by row as the delivery path reads it: nothing but the current
 * chunk is held in memory, however many rows. Every {@code brokenEvery}-th row (when above 0) has
 * its first identifier or date item spoilt the way real feeds are (a wrong check character, a
 * date that does not exist), so that the reports have real rejections.
 */
final class CsvBatch extends InputStream {

	private static final int CHUNK_ROWS = 500;

	private final DemoResource resource;

	private final long from;

	private final long to;

	private final long brokenEvery;

	private final LongConsumer progress;

	private long next;

	private byte[] buffer;

	private int position;

	CsvBatch(DemoResource resource, long from, long to, long brokenEvery, LongConsumer progress) {
		this.resource = resource;
		this.from = from;
		this.to = to;
		this.brokenEvery = brokenEvery;
		this.progress = progress;
		this.next = from;
		this.buffer = (String.join(",", resource.entry().items().stream().map(InformationItem::name).toList()) + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public int read() {
		if (position >= buffer.length && !fill()) {
			return -1;
		}
		return buffer[position++] & 0xff;
	}

	@Override
	public int read(byte[] target, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		if (position >= buffer.length && !fill()) {
			return -1;
		}
		int n = Math.min(length, buffer.length - position);
		System.arraycopy(buffer, position, target, offset, n);
		position += n;
		return n;
	}

	private boolean fill() {
		if (next >= to) {
			return false;
		}
		StringBuilder out = new StringBuilder(CHUNK_ROWS * 160);
		long end = Math.min(to, next + CHUNK_ROWS);
		for (long i = next; i < end; i++) {
			List<String> values = resource.row(i);
			if (brokenEvery > 0 && (i - from) % brokenEvery == brokenEvery - 1) {
				values = resource.spoilt(values);
			}
			for (int c = 0; c < values.size(); c++) {
				if (c > 0) {
					out.append(',');
				}
				append(out, values.get(c));
			}
			out.append('\n');
		}
		progress.accept(end - next);
		next = end;
		buffer = out.toString().getBytes(StandardCharsets.UTF_8);
		position = 0;
		return true;
	}

	private static void append(StringBuilder out, String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
			out.append(value);
			return;
		}
		out.append('"').append(value.replace("\"", "\"\"")).append('"');
	}
}
