package org.cityos.catalog.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.cityos.audit.AuditActor;
import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.DataRead;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.shared.CsvCell;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * One checked, not yet started export: streams every matching row through a database cursor
 * (rows are never all in memory), then audits {@code catalog.exchange.export} with the rows
 * sent — in its own transaction, after the stream ended, also when the client went away
 * halfway (outcome FAILURE, {@code completed=false}).
 */
public final class ExportRun {

	private static final Logger log = LoggerFactory.getLogger(ExportRun.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Entry entry;

	private final RecordQuery query;

	private final Map<String, PersonalDataMask> masks;

	private final ExportFormat format;

	private final AuditActor actor;

	private final @Nullable String consumerCode;

	private final String detail;

	private final RecordReader reader;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ExportRun(Entry entry, RecordQuery query, Map<String, PersonalDataMask> masks, ExportFormat format, AuditActor actor,
			@Nullable String consumerCode, String detail, RecordReader reader, AuditLog audit,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.entry = entry;
		this.query = query;
		this.masks = masks;
		this.format = format;
		this.actor = actor;
		this.consumerCode = consumerCode;
		this.detail = detail;
		this.reader = reader;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
	}

	public ExportFormat format() {
		return format;
	}

	/** {@code 101001-000001-v2.csv} */
	public String fileName() {
		return entry.code().value() + "-v" + entry.version().version() + "." + format.extension();
	}

	/** Writes the export to {@code out}; answers the rows written. */
	public long writeTo(OutputStream out) {
		long[] rows = { 0 };
		boolean completed = false;
		try {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			List<String> names = query.selected().stream().map(InformationItem::name).toList();
			if (format == ExportFormat.CSV) {
				writeLine(writer, String.join(",", names.stream().map(CsvCell::of).toList()));
			}
			Consumer<Map<String, @Nullable Object>> sink = row -> {
				writeLine(writer, format == ExportFormat.CSV ? csvLine(names, row) : JSON.writeValueAsString(row));
				rows[0]++;
			};
			transactions.executeWithoutResult(status -> {
				status.setRollbackOnly();
				reader.stream(entry.version(), query, masks, sink);
			});
			writer.flush();
			completed = true;
			return rows[0];
		}
		catch (UncheckedIOException | IOException ex) {
			// The client went away: nothing more to send, but the rows it got are audited below.
			log.info("Export of {} to {} ended after {} rows: {}", entry.code(), consumerCode, rows[0], ex.getMessage());
			return rows[0];
		}
		finally {
			long sent = rows[0];
			boolean done = completed;
			transactions.executeWithoutResult(status -> {
				audit.record(actor, "catalog.exchange.export", entry.code().value(),
						done ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, detail + " format=" + format.extension()
								+ " rows=" + sent + " completed=" + done);
				events.publishEvent(new DataRead(entry.code(), entry.resource().providerCode(), consumerCode,
						DataRead.Channel.EXCHANGE_EXPORT, sent, Instant.now()));
			});
		}
	}

	private static void writeLine(Writer writer, String line) {
		try {
			writer.write(line);
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String csvLine(List<String> names, Map<String, @Nullable Object> row) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			Object value = row.get(names.get(i));
			line.append(value == null ? "" : CsvCell.of(value.toString()));
		}
		return line.toString();
	}


	@Override
	public String toString() {
		return "ExportRun[" + entry.code() + " " + format + " " + Objects.toString(consumerCode) + "]";
	}
}
