package org.cityos.catalog.collection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.Resources;
import org.cityos.catalog.Stewardship;
import org.cityos.catalog.collection.BatchEncoding.Decoded;
import org.cityos.catalog.collection.BatchLoading.Batch;
import org.cityos.catalog.collection.BatchLoading.Tally;
import org.cityos.platform.ProgressBoard;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 归集: how a department's batch enters the catalog. Checks who delivers (the provider's
 * steward or system, or an admin), answers a resent batch id with the first report instead
 * of loading it again, records the delivery as RUNNING in its own transaction, then streams the
 * body through {@link BatchLoading}. A batch refused whole (format, encoding, header, size, no
 * rows) is recorded REJECTED and answered as a 4xx problem; a failure on our side or an
 * interrupted upload is recorded FAILED, and resending the same batch id retries it.
 */
@Service
public class DataCollection {

	private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

	private final Resources resources;

	private final Deliveries deliveries;

	private final BatchLoading loading;

	private final ProgressBoard board;

	private final AuditLog audit;

	private final CollectionProperties properties;

	private final TransactionTemplate ownTransaction;

	DataCollection(Resources resources, Deliveries deliveries, BatchLoading loading, ProgressBoard board, AuditLog audit,
			CollectionProperties properties, PlatformTransactionManager transactionManager) {
		this.resources = resources;
		this.deliveries = deliveries;
		this.loading = loading;
		this.board = board;
		this.audit = audit;
		this.properties = properties;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What a sender asks for.
	 *
	 * @param expectedVersion the version the sender built its batch for, if it says; another current version is a 409
	 * @param contentLength   the declared body length, or -1
	 * @param gzip            whether the body is gzip-compressed ({@code Content-Encoding: gzip})
	 */
	public record BatchRequest(ResourceCode code, String batchId, DeliveryMode mode, BatchFormat format,
			@Nullable Charset charset, @Nullable Integer expectedVersion, long contentLength, boolean gzip) {

		public BatchRequest {
			if (batchId == null || !BATCH_ID.matcher(batchId).matches()) {
				throw InvalidInputException.ofField("batchId",
						"1–100 letters, digits or . _ : - identifying the batch (resending it answers the first report)");
			}
		}
	}

	/** The report, and whether it answers a batch id delivered before (nothing was loaded this time). */
	public record Outcome(DeliveryReport report, boolean repeated) {
	}

	public Outcome deliver(BatchRequest request, InputStream body, CityPrincipal caller) {
		Resource resource = resources.require(request.code());
		Stewardship.require(caller, resource.providerCode(), "deliver data for resource " + request.code());
		ResourceVersion version = resources.currentVersion(request.code());
		if (request.expectedVersion() != null && request.expectedVersion() != version.version()) {
			throw new ConflictException("Resource " + request.code() + " is at version " + version.version() + ", not "
					+ request.expectedVersion() + ": its items changed; build the batch for the current items.");
		}
		Optional<DeliveryReport> earlier = deliveries.find(request.code(), request.batchId());
		if (earlier.isPresent() && answered(earlier.get())) {
			return repeat(earlier.get());
		}
		if (request.contentLength() > properties.maxBatchBytes().toBytes()) {
			throw BatchBytes.tooLarge(properties.maxBatchBytes().toBytes());
		}
		DeliveryReport running = running(earlier.map(DeliveryReport::id).orElseGet(UUID::randomUUID), request, resource,
				version, caller);
		if (!record(running, earlier.isPresent())) {
			DeliveryReport other = deliveries.find(request.code(), request.batchId()).orElseThrow();
			if (answered(other)) {
				return repeat(other);
			}
			throw new ConflictException("Batch " + request.batchId() + " of " + request.code()
					+ " is being delivered right now (delivery " + other.id() + "): follow it at GET /api/catalog/deliveries/"
					+ other.id());
		}
		return new Outcome(receive(running, request, resource, version, body), false);
	}

	private DeliveryReport receive(DeliveryReport running, BatchRequest request, Resource resource,
			ResourceVersion version, InputStream body) {
		DeliveryProgress progress = new DeliveryProgress(running.id(), "归集 " + request.code() + " 批次 " + request.batchId()
				+ " / Delivery of " + request.code() + " batch " + request.batchId(), deliveries, ownTransaction, board);
		Tally tally = new Tally();
		BatchBytes bytes = new BatchBytes(InputStream.nullInputStream(), Long.MAX_VALUE);
		try {
			bytes = new BatchBytes(request.gzip() ? new GZIPInputStream(body, 64 * 1024) : body,
					properties.maxBatchBytes().toBytes());
			RecordReader reader;
			String charset;
			Decoded decoded = BatchEncoding.open(bytes, request.charset());
			charset = decoded.charset().name();
			reader = request.format() == BatchFormat.CSV
					? CsvRecords.open(decoded.reader(), version.items(), request.mode())
					: new JsonLinesRecords(decoded.reader(), version.items(), request.mode());
			DeliveryReport report = loading.load(new Batch(running, resource, version, reader, bytes, charset, progress), tally);
			progress.finish(report.state() + ": " + report.accepted() + " accepted, " + report.rejected() + " rejected");
			return report;
		}
		catch (BatchRefusedException refused) {
			throw refuse(running, refused, tally, bytes, progress);
		}
		catch (CharacterCodingException ex) {
			throw refuse(running, BatchLoading.notDecodable(request.format(), request.charset(), 1), tally, bytes, progress);
		}
		catch (ZipException ex) {
			throw refuse(running, new BatchRefusedException(HttpStatus.BAD_REQUEST,
					"Content-Encoding is gzip but the body is not gzip data: " + ex.getMessage()), tally, bytes, progress);
		}
		catch (IOException | UncheckedIOException ex) {
			String reason = "The upload was interrupted after " + tally.received + " rows (" + ex.getMessage()
					+ "); nothing was stored. Send the batch again with the same batch id.";
			deliveries.fail(running.id(), reason, tally.received, bytes.count());
			progress.fail(reason);
			throw new BatchRefusedException(HttpStatus.BAD_REQUEST, reason, java.util.List.of(), running.id());
		}
		catch (RuntimeException ex) {
			deliveries.fail(running.id(), "Stopped by an error on our side; nothing was stored. Send the batch again "
					+ "with the same batch id to retry.", tally.received, bytes.count());
			progress.fail(String.valueOf(ex.getMessage()));
			throw ex;
		}
	}

	private BatchRefusedException refuse(DeliveryReport running, BatchRefusedException refused, Tally tally,
			BatchBytes bytes, DeliveryProgress progress) {
		deliveries.refuse(running.id(), refused.status(), refused.detail(), tally.received, bytes.count());
		audit.record("catalog.delivery.refused", running.resourceCode() + " " + running.batchId(), AuditOutcome.FAILURE,
				"delivery=" + running.id() + " status=" + refused.status() + " " + refused.detail());
		progress.fail(refused.detail());
		return refused.of(running.id());
	}

	/** Whether an earlier delivery of the batch id is final: it is answered again, not retried. */
	private static boolean answered(DeliveryReport earlier) {
		return earlier.state().finished() && earlier.state() != DeliveryState.FAILED;
	}

	private static Outcome repeat(DeliveryReport earlier) {
		if (earlier.problemStatus() != null) {
			throw new BatchRefusedException(HttpStatus.valueOf(earlier.problemStatus()),
					"Batch " + earlier.batchId() + " was refused before: " + earlier.message(), java.util.List.of(),
					earlier.id());
		}
		return new Outcome(earlier, true);
	}

	private boolean record(DeliveryReport running, boolean retry) {
		if (retry) {
			return deliveries.restart(running, Instant.now().minus(properties.staleDeliveryAfter()));
		}
		return deliveries.start(running);
	}

	private static DeliveryReport running(UUID id, BatchRequest request, Resource resource, ResourceVersion version,
			CityPrincipal caller) {
		return new DeliveryReport(id, request.code().value(), version.version(), request.batchId(), request.mode(),
				resource.providerCode(), caller.username(), request.format().name(),
				request.charset() == null ? null : request.charset().name(), resource.invalidRowPolicy(),
				DeliveryState.RUNNING, 0, 0, 0, 0, 0, null, null, Instant.now().truncatedTo(ChronoUnit.MICROS), null);
	}
}
