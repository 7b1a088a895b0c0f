package org.cityos.catalog.collection;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * The problems of a delivery's rejected rows while the batch streams: the delivery's
 * connection is busy COPYing rows, and a batch may be wholly wrong, so the problems are
 * spooled to a temporary file in COPY form and loaded after the rows, in the same transaction.
 * Memory stays at one buffer; the file is removed on close. Keeps at most {@code maxKept}
 * problems, counting the rest.
 */
final class RejectionFile implements Rejections, AutoCloseable {

	private static final String COPY = "copy catalog_delivery_rejection (delivery_id, row_number, item, code, reason, value) from stdin";

	private final String deliveryId;

	private final long maxKept;

	private final CopyText text = new CopyText();

	private @Nullable Path file;

	private @Nullable OutputStream out;

	private long kept;

	private long dropped;

	RejectionFile(UUID deliveryId, long maxKept) {
		this.deliveryId = deliveryId.toString();
		this.maxKept = maxKept;
	}

	@Override
	public void reject(long row, @Nullable String item, ValueProblem problem, @Nullable String value) {
		if (kept >= maxKept) {
			dropped++;
			return;
		}
		kept++;
		text.beginRow();
		text.beginField();
		text.ascii(deliveryId);
		text.beginField();
		text.number(row);
		if (item == null) {
			text.nullField();
		}
		else {
			text.beginField();
			text.text(item);
		}
		text.beginField();
		text.ascii(problem.code());
		text.beginField();
		text.text(problem.reason());
		int mark = text.mark();
		if (value == null) {
			text.nullField();
		}
		else {
			text.beginField();
			if (!text.text(value)) {
				text.truncate(mark);
				text.nullField();
			}
		}
		text.endRow();
		if (text.full()) {
			flush();
		}
	}

	/** Problems listed; those beyond the limit are only counted in {@link #dropped()}. */
	long kept() {
		return kept;
	}

	long dropped() {
		return dropped;
	}

	/** Loads the spooled problems through the delivery's connection. */
	void copyInto(CopyManager copy) throws IOException, SQLException {
		if (file == null) {
			if (kept > 0) {
				text.flush((bytes, length) -> copy.copyIn(COPY, new java.io.ByteArrayInputStream(bytes, 0, length)));
			}
			return;
		}
		flush();
		out.close();
		out = null;
		try (InputStream in = Files.newInputStream(file)) {
			copy.copyIn(COPY, in, 64 * 1024);
		}
	}

	private void flush() {
		try {
			if (out == null) {
				file = Files.createTempFile("cityos-rejections-", ".copy");
				out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
			}
			OutputStream target = out;
			text.flush((bytes, length) -> target.write(bytes, 0, length));
		}
		catch (IOException | SQLException ex) {
			throw new UncheckedIOException(ex instanceof IOException io ? io : new IOException(ex));
		}
	}

	@Override
	public void close() {
		try {
			if (out != null) {
				out.close();
			}
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
