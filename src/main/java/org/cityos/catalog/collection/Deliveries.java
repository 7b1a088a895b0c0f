package org.cityos.catalog.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.ResourceCode;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Delivery records and their rejected values. A delivery is inserted RUNNING in its own short
 * transaction before its data is read (so that its progress is visible and a resend finds it),
 * and finished inside the transaction that stores the data.
 */
@Repository
public class Deliveries {

	private static final String COLUMNS = """
			id, resource_code, version, batch_id, mode, provider_code, delivered_by, format, charset, policy, state,
			received, accepted, rejected, deleted, bytes, message, problem_status, started_at, finished_at
			""";

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DeliveryReport> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from catalog_delivery where id = :id").param("id", id)
			.query(Deliveries::report).optional();
	}

	public Optional<DeliveryReport> find(ResourceCode code, String batchId) {
		return jdbc.sql("select " + COLUMNS + " from catalog_delivery where resource_code = :code and batch_id = :batch")
			.param("code", code.value()).param("batch", batchId).query(Deliveries::report).optional();
	}

	/** A resource's deliveries, newest first. */
	public PageResult<DeliveryReport> history(ResourceCode code, PageRequest page) {
		long total = jdbc.sql("select count(*) from catalog_delivery where resource_code = :code").param("code", code.value())
			.query(Long.class).single();
		List<DeliveryReport> content = jdbc.sql("select " + COLUMNS + """
				from catalog_delivery where resource_code = :code order by started_at desc, id limit :limit offset :offset
				""").param("code", code.value()).param("limit", page.size()).param("offset", page.offset())
			.query(Deliveries::report).list();
		return PageResult.of(content, page, total);
	}

	/** The problems of rejected rows in row order. */
	public PageResult<RejectedValue> rejections(UUID delivery, PageRequest page) {
		long total = jdbc.sql("select count(*) from catalog_delivery_rejection where delivery_id = :id").param("id", delivery)
			.query(Long.class).single();
		List<RejectedValue> content = jdbc.sql("""
				select row_number, item, code, reason, value from catalog_delivery_rejection where delivery_id = :id
				order by row_number, item limit :limit offset :offset
				""").param("id", delivery).param("limit", page.size()).param("offset", page.offset())
			.query(Deliveries::rejection).list();
		return PageResult.of(content, page, total);
	}

	/** Streams every problem in row order; call inside a transaction so that rows are fetched in portions. */
	public void eachRejection(UUID delivery, Consumer<RejectedValue> consumer) {
		jdbc.sql("""
				select row_number, item, code, reason, value from catalog_delivery_rejection where delivery_id = :id
				order by row_number, item
				""").withFetchSize(1000).param("id", delivery)
			.query(rs -> {
				consumer.accept(rejection(rs, 0));
			});
	}

	/** Inserts a RUNNING delivery; false when the batch id is taken already. */
	boolean start(DeliveryReport delivery) {
		return jdbc.sql("""
				insert into catalog_delivery (id, resource_code, version, batch_id, mode, provider_code, delivered_by, format,
				    charset, policy, state, started_at, heartbeat_at)
				values (:id, :code, :version, :batch, :mode, :provider, :by, :format, :charset, :policy, 'RUNNING', :started, now())
				on conflict (resource_code, batch_id) do nothing
				""")
			.param("id", delivery.id()).param("code", delivery.resourceCode()).param("version", delivery.version())
			.param("batch", delivery.batchId()).param("mode", delivery.mode().name()).param("provider", delivery.providerCode())
			.param("by", delivery.deliveredBy()).param("format", delivery.format()).param("charset", delivery.charset())
			.param("policy", delivery.policy().name()).param("started", Timestamp.from(delivery.startedAt()))
			.update() == 1;
	}

	/**
	 * Runs a failed or abandoned delivery again under the same batch id; false when it is not
	 * retryable (finished, or running with a recent heartbeat).
	 */
	boolean restart(DeliveryReport delivery, Instant staleBefore) {
		// Claim the delivery first; only the retry that won the claim clears the old rejections, so a
		// retry racing another one cannot wipe the rows of a report that has just been finished.
		boolean claimed = jdbc.sql("""
				update catalog_delivery set version = :version, mode = :mode, delivered_by = :by, format = :format,
				    charset = :charset, policy = :policy, state = 'RUNNING', received = 0, accepted = 0, rejected = 0,
				    deleted = 0, bytes = 0, message = null, problem_status = null, started_at = :started,
				    heartbeat_at = now(), finished_at = null
				where id = :id and (state = 'FAILED' or state = 'RUNNING' and heartbeat_at < :stale)
				""")
			.param("id", delivery.id()).param("version", delivery.version()).param("mode", delivery.mode().name())
			.param("by", delivery.deliveredBy()).param("format", delivery.format()).param("charset", delivery.charset())
			.param("policy", delivery.policy().name()).param("started", Timestamp.from(delivery.startedAt()))
			.param("stale", Timestamp.from(staleBefore)).update() == 1;
		if (claimed) {
			jdbc.sql("delete from catalog_delivery_rejection where delivery_id = :id").param("id", delivery.id()).update();
		}
		return claimed;
	}

	void progress(UUID id, long received, long bytes) {
		jdbc.sql("update catalog_delivery set received = :received, bytes = :bytes, heartbeat_at = now() where id = :id")
			.param("id", id).param("received", received).param("bytes", bytes).update();
	}

	void finish(UUID id, DeliveryState state, Counts counts, @Nullable String charset, @Nullable String message) {
		jdbc.sql("""
				update catalog_delivery set state = :state, received = :received, accepted = :accepted, rejected = :rejected,
				    deleted = :deleted, bytes = :bytes, charset = :charset, message = :message, heartbeat_at = now(),
				    finished_at = now()
				where id = :id
				""")
			.param("id", id).param("state", state.name()).param("received", counts.received())
			.param("accepted", counts.accepted()).param("rejected", counts.rejected()).param("deleted", counts.deleted())
			.param("bytes", counts.bytes()).param("charset", charset).param("message", message).update();
	}

	/** Records a batch refused whole (nothing stored) and the status it was answered with. */
	void refuse(UUID id, int status, String message, long received, long bytes) {
		jdbc.sql("""
				update catalog_delivery set state = 'REJECTED', problem_status = :status, message = :message,
				    received = :received, bytes = :bytes, accepted = 0, finished_at = now()
				where id = :id
				""").param("id", id).param("status", status).param("message", message).param("received", received)
			.param("bytes", bytes).update();
	}

	void fail(UUID id, String message, long received, long bytes) {
		jdbc.sql("""
				update catalog_delivery set state = 'FAILED', message = :message, received = :received, bytes = :bytes,
				    accepted = 0, finished_at = now()
				where id = :id
				""").param("id", id).param("message", message).param("received", received).param("bytes", bytes).update();
	}

	/** Marks deliveries whose instance stopped mid-way (no heartbeat since {@code staleBefore}) as failed. */
	int failAbandoned(Instant staleBefore) {
		return jdbc.sql("""
				update catalog_delivery set state = 'FAILED', finished_at = now(),
				    message = 'The delivery was interrupted (the instance receiving it stopped); send the batch again.'
				where state = 'RUNNING' and heartbeat_at < :stale
				""").param("stale", Timestamp.from(staleBefore)).update();
	}

	/** What a finished delivery counted. */
	record Counts(long received, long accepted, long rejected, long deleted, long bytes) {
	}

	private static DeliveryReport report(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		Integer status = rs.getObject("problem_status", Integer.class);
		return new DeliveryReport(rs.getObject("id", UUID.class), rs.getString("resource_code"), rs.getInt("version"),
				rs.getString("batch_id"), DeliveryMode.valueOf(rs.getString("mode")), rs.getString("provider_code"),
				rs.getString("delivered_by"), rs.getString("format"), rs.getString("charset"),
				InvalidRowPolicy.valueOf(rs.getString("policy")), DeliveryState.valueOf(rs.getString("state")),
				rs.getLong("received"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("deleted"),
				rs.getLong("bytes"), rs.getString("message"), status,
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
	}

	private static RejectedValue rejection(ResultSet rs, int row) throws SQLException {
		return new RejectedValue(rs.getLong("row_number"), rs.getString("item"), rs.getString("code"), rs.getString("reason"),
				rs.getString("value"));
	}
}
