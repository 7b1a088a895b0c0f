package org.cityos.catalog.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.BatchDelivered;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.collection.DataLoad.Applied;
import org.cityos.catalog.collection.Deliveries.Counts;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data transaction of one delivery: rows stream from the reader through the validator
 * into PostgreSQL's COPY (the request body is never held whole), problems are spooled aside,
 * then duplicates are rejected in SQL and the resource's policy decides: apply the valid rows
 * or leave the data as it was. Finishing the delivery record, the timeliness clock, the audit
 * entry and {@link BatchDelivered} commit together with the data, or not at all. Deliveries
 * of one resource take turns (transaction-scoped advisory lock).
 */
@Component
class BatchLoading {

	private static final Logger log = LoggerFactory.getLogger(BatchLoading.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Deliveries deliveries;

	private final Timeliness timeliness;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CollectionProperties properties;

	BatchLoading(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			Deliveries deliveries, Timeliness timeliness, AuditLog audit, ApplicationEventPublisher events,
			CollectionProperties properties) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.deliveries = deliveries;
		this.timeliness = timeliness;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
	}

	/** A batch on its way in: the report so far, what is read, and where progress goes. */
	record Batch(DeliveryReport delivery, Resource resource, ResourceVersion version, RecordReader reader, BatchBytes bytes,
			@Nullable String charset, DeliveryProgress progress) {
	}

	/** Rows read so far, for the record of a batch that stops half-way. */
	static final class Tally {

		long received;
	}

	DeliveryReport load(Batch batch, Tally tally) {
		return transactions.execute(status -> {
			try {
				return loadInTransaction(batch, tally, status);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY into " + batch.version().dataTable() + " failed: " + ex.getMessage(), ex);
			}
		});
	}

	private DeliveryReport loadInTransaction(Batch batch, Tally tally, TransactionStatus status)
			throws IOException, SQLException {
		DeliveryReport delivery = batch.delivery();
		ResourceVersion version = batch.version();
		long waited = System.nanoTime();
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "cityos.catalog.delivery:" + delivery.resourceCode()).query().singleRow();
		long started = System.nanoTime();
		TableShape shape = new TableShape(version.items());
		DataLoad load = delivery.mode() == DeliveryMode.FULL
				? new FullLoad(jdbc, shape, version.dataTable(), delivery.id(), delivery.startedAt())
				: new IncrementalLoad(jdbc, shape, version.dataTable(), delivery.id(), delivery.startedAt());
		load.prepare();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
		long invalid;
		long problemsDropped;
		try (RejectionFile rejections = new RejectionFile(delivery.id(), properties.maxRejectionsKept())) {
			invalid = copyRows(batch, tally, copyManager.copyIn(load.copySql()), rejections);
			rejections.copyInto(copyManager);
			problemsDropped = rejections.dropped();
		}
		long received = tally.received;
		if (received == 0) {
			throw new BatchRefusedException(HttpStatus.BAD_REQUEST, "The batch holds no rows.");
		}
		long copied = System.nanoTime();
		batch.progress().step("检查重复主键 / checking duplicate keys", received, batch.bytes().count());
		long duplicates = load.rejectDuplicates(status);
		long checked = System.nanoTime();
		long rejected = invalid + duplicates;
		long valid = received - rejected;
		DeliveryState state;
		Applied applied;
		String message = null;
		if (rejected > 0 && (delivery.policy() == InvalidRowPolicy.REJECT_BATCH || valid == 0)) {
			load.abandon();
			state = DeliveryState.REJECTED;
			applied = new Applied(0, 0);
			message = rejected + " of " + received + " rows are invalid; "
					+ (valid == 0 ? "no valid row remains" : "the resource's policy REJECT_BATCH refuses the whole batch")
					+ ", so nothing was stored and the earlier data is unchanged.";
		}
		else {
			batch.progress().step("写入数据表 / storing into the data table", received, batch.bytes().count());
			applied = load.apply(valid);
			state = rejected > 0 ? DeliveryState.PARTIALLY_ACCEPTED : DeliveryState.ACCEPTED;
			timeliness.delivered(batch.resource().code(), batch.resource().updateCycle(), delivery.startedAt());
		}
		if (problemsDropped > 0) {
			message = (message == null ? "" : message + " ") + "The report lists the first " + properties.maxRejectionsKept()
					+ " problems; " + problemsDropped + " more were counted but not kept.";
		}
		long finished = System.nanoTime();
		if (log.isInfoEnabled() && received >= DeliveryProgress.BOARD_FROM_ROWS || log.isDebugEnabled()) {
			log.info("Delivery {} of {} ({}): {} rows, {} MB; waited {} ms, read+validated+copied {} ms, keys {} ms, "
					+ "applied {} ms: {}", delivery.id(), delivery.resourceCode(), delivery.mode(), received,
					batch.bytes().count() >> 20, millis(waited, started), millis(started, copied), millis(copied, checked),
					millis(checked, finished), state);
		}
		Counts counts = new Counts(received, applied.accepted(), rejected, applied.deleted(), batch.bytes().count());
		deliveries.finish(delivery.id(), state, counts, batch.charset(), message);
		audit.record("catalog.delivery.received", delivery.resourceCode() + " " + delivery.batchId(),
				state == DeliveryState.REJECTED ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS,
				"delivery=" + delivery.id() + " version=" + version.version() + " mode=" + delivery.mode() + " state="
						+ state + " received=" + received + " accepted=" + applied.accepted() + " rejected=" + rejected
						+ " deleted=" + applied.deleted());
		events.publishEvent(new BatchDelivered(delivery.id(), batch.resource().code(), version.version(),
				delivery.providerCode(), delivery.mode(), applied.accepted(), rejected, delivery.startedAt()));
		return deliveries.find(delivery.id()).orElseThrow();
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** Streams every record through the validator into COPY; answers the number of invalid rows. */
	private long copyRows(Batch batch, Tally tally, CopyIn copy, RejectionFile rejections) throws IOException, SQLException {
		RowValidator validator = new RowValidator(batch.version().items(), batch.delivery().mode(),
				LocalDate.now(properties.zone()));
		RowFields row = new RowFields(batch.version().items().size());
		CopyText text = new CopyText();
		CopyText.Sink sink = (bytes, length) -> copy.writeToCopy(bytes, 0, length);
		RecordReader reader = batch.reader();
		long maxRows = properties.maxBatchRows();
		long invalid = 0;
		try {
			while (next(reader, row, batch)) {
				long received = ++tally.received;
				if (received > maxRows) {
					throw new BatchRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "The batch has more than " + maxRows
							+ " rows (cityos.catalog.max-batch-rows): split it into several deliveries.");
				}
				if (!validator.validate(row, text, rejections)) {
					invalid++;
				}
				if (text.full()) {
					text.flush(sink);
				}
				if ((received & 0xFFF) == 0) {
					batch.progress().rows(received, batch.bytes().count());
				}
			}
			text.flush(sink);
			copy.endCopy();
			return invalid;
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static boolean next(RecordReader reader, RowFields row, Batch batch) throws IOException {
		try {
			return reader.next(row);
		}
		catch (CharacterCodingException ex) {
			throw notDecodable(BatchFormat.valueOf(batch.delivery().format()),
					batch.charset() == null ? null : java.nio.charset.Charset.forName(batch.charset()), reader.line());
		}
	}

	/** The refusal of bytes that are not text in the batch's charset. */
	static BatchRefusedException notDecodable(BatchFormat format, java.nio.charset.@Nullable Charset charset, long line) {
		String name = charset == null ? "UTF-8 or GBK" : charset.name();
		return new BatchRefusedException(HttpStatus.BAD_REQUEST, "The body is not valid " + name + " near line " + line
				+ (format == BatchFormat.CSV ? ": declare its encoding, e.g. Content-Type: text/csv; charset=GBK"
						: ": JSON lines must be UTF-8")
				+ ".");
	}
}
