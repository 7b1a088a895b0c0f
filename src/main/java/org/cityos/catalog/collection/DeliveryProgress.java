package org.cityos.catalog.collection;

import java.util.UUID;

import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.Job;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a running delivery's progress visible while its data transaction is still open: the
 * delivery record's counts and heartbeat are updated at most once a second in their own short
 * transactions (another connection), and a large delivery also shows on the
 * {@link ProgressBoard} as job {@code delivery-<id>}. Small deliveries stay off the board.
 */
final class DeliveryProgress {

	/** From this many rows a delivery counts as large enough for the progress board. */
	static final long BOARD_FROM_ROWS = 100_000;

	private static final long UPDATE_EVERY_NANOS = 1_000_000_000L;

	private final UUID id;

	private final String title;

	private final Deliveries deliveries;

	private final TransactionTemplate ownTransaction;

	private final ProgressBoard board;

	private @Nullable Job job;

	private long lastUpdate = System.nanoTime();

	private long reported;

	DeliveryProgress(UUID id, String title, Deliveries deliveries, TransactionTemplate ownTransaction, ProgressBoard board) {
		this.id = id;
		this.title = title;
		this.deliveries = deliveries;
		this.ownTransaction = ownTransaction;
		this.board = board;
	}

	/** Rows read so far; cheap to call often. */
	void rows(long received, long bytes) {
		long now = System.nanoTime();
		if (now - lastUpdate < UPDATE_EVERY_NANOS) {
			return;
		}
		lastUpdate = now;
		ownTransaction.executeWithoutResult(status -> deliveries.progress(id, received, bytes));
		if (job == null && received >= BOARD_FROM_ROWS) {
			job = board.start("delivery-" + id, title);
			job.step("校验并写入 / validating and storing rows", 0);
		}
		if (job != null) {
			job.advance(received - reported);
			reported = received;
		}
	}

	/** A step after the rows are in (duplicates, indexes); keeps the heartbeat fresh. */
	void step(String name, long received, long bytes) {
		ownTransaction.executeWithoutResult(status -> deliveries.progress(id, received, bytes));
		if (job != null) {
			job.step(name, 0);
		}
	}

	void finish(String summary) {
		if (job != null) {
			job.finish(summary);
		}
	}

	void fail(String reason) {
		if (job != null) {
			job.fail(reason);
		}
	}
}
