package org.cityos.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.collection.DeliveryReport;
import org.cityos.catalog.collection.DeliveryState;
import org.cityos.catalog.collection.RejectedValue;
import org.jspecify.annotations.Nullable;

/**
 * A delivery report. In answers about one delivery (POST, GET by id) {@code problemCount} is the
 * number of problems listed for rejected rows and {@code problems} the first of them (at most
 * 100); in a history page both are null. The full list: {@code rejectionsUrl} (paged JSON) and
 * {@code rejectionsCsvUrl}.
 */
record DeliveryView(UUID id, String resourceCode, int version, String batchId, DeliveryMode mode, String providerCode,
		String deliveredBy, String format, @Nullable String charset, InvalidRowPolicy policy, DeliveryState state,
		long received, long accepted, long rejected, long deleted, long bytes, @Nullable String message,
		Instant startedAt, @Nullable Instant finishedAt, @Nullable Long problemCount, @Nullable List<RejectedValue> problems,
		String rejectionsUrl, String rejectionsCsvUrl) {

	static final int FIRST_PROBLEMS = 100;

	static DeliveryView of(DeliveryReport r, @Nullable Long problemCount, @Nullable List<RejectedValue> problems) {
		String base = "/api/catalog/deliveries/" + r.id();
		return new DeliveryView(r.id(), r.resourceCode(), r.version(), r.batchId(), r.mode(), r.providerCode(),
				r.deliveredBy(), r.format(), r.charset(), r.policy(), r.state(), r.received(), r.accepted(), r.rejected(),
				r.deleted(), r.bytes(), r.message(), r.startedAt(), r.finishedAt(), problemCount, problems,
				base + "/rejections", base + "/rejections.csv");
	}
}
