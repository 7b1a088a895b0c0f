package org.cityos.support;

import java.time.Duration;
import java.time.Instant;

import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.platform.ProgressBoard.State;

/** Waits (bounded) for the background demo load of the test context to finish. */
public final class DemoCityLoaded {

	private DemoCityLoaded() {
	}

	public static void await(ProgressBoard progress) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			Job job = progress.find("demo-city");
			if (job != null && job.state() == State.DONE) {
				return;
			}
			if (job != null && job.state() == State.FAILED) {
				throw new IllegalStateException("The demo city failed to load");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("The demo city did not load within 3 minutes");
	}
}
