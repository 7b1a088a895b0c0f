package org.cityos.registry.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.cityos.platform.CopyTextWriter;
import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.BatchDelivered;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceRecords;
import org.cityos.catalog.Resources;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.DiscrepancyFindings.Written;
import org.cityos.registry.comparison.RecordComparison.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs comparisons of a registry: in full (every source read again, every key compared) or
 * after a delivery (the delivered rows of that source read, their keys compared against what the
 * other sources held when last read). Sources are read as text (COPY), two at a time, normalised
 * in Java and compared in memory ({@link RecordComparison}); only changes are written. One
 * comparison of a registry at a time (transaction-scoped advisory lock), each in one transaction,
 * so that the golden record and the discrepancies never show half a comparison.
 */
@Service
public class Comparisons {

	private static final Logger log = LoggerFactory.getLogger(Comparisons.class);

	/** Working days a department has to answer a discrepancy. */
	static final int WORKING_DAYS_TO_ANSWER = 5;

	/** Sources read at once: the database's backend works on the other core. */
	private static final int READERS = 2;

	private final RegistryDefinitions definitions;

	private final StoredRecords stored;

	private final GoldenValueChanges goldenValues;

	private final DiscrepancyFindings findings;

	private final ResourceRecords records;

	private final Resources resources;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	Comparisons(RegistryDefinitions definitions, StoredRecords stored, GoldenValueChanges goldenValues,
			DiscrepancyFindings findings, ResourceRecords records, Resources resources, WorkingCalendar calendar,
			ApplicationEventPublisher events, JdbcClient jdbc, DataSource dataSource) {
		this.definitions = definitions;
		this.stored = stored;
		this.goldenValues = goldenValues;
		this.findings = findings;
		this.records = records;
		this.resources = resources;
		this.calendar = calendar;
		this.events = events;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Outcome in numbers, for progress and logs. */
	public record Summary(String registry, long recordsRead, long goldenValues, int found, int closed) {

		@Override
		public String toString() {
			return "%s: %d records read, %d golden values, %d discrepancies found, %d closed".formatted(registry,
					recordsRead, goldenValues, found, closed);
		}
	}

	/** 全量比对: every source read again, every key compared. */
	@Transactional
	public Summary compareAll(String registryName, @Nullable Job job) {
		RegistryDefinition registry = definitions.require(registryName);
		lock(registry);
		return full(registry, job);
	}

	private Summary full(RegistryDefinition registry, @Nullable Job job) {
		long started = System.nanoTime();
		stored.dropRetired(registry.name());
		Instant now = Instant.now();
		List<SourcePlan> plans = SourcePlan.of(registry).stream().filter(p -> readable(registry, p)).toList();
		Map<String, String> providers = providers(plans);
		// taken before reading: a delivery arriving meanwhile makes the next full comparison write the source again;
		// with the items read, so that a definition reading another item does not keep records read from the old one
		Map<String, String> contentVersions = new HashMap<>();
		plans.forEach(p -> contentVersions.put(p.source(), records.contentVersion(p.resource()) + ' ' + p.reading()));
		long[] read = { 0 };
		List<Map<String, SourceRecord>> sources = readAll(plans, now.toString(), job, read);
		long readAt = System.nanoTime();
		if (job != null) {
			job.step("比对 / comparing", 0);
		}
		RecordComparison comparison = new RecordComparison(registry, plans);
		Outcome outcome = comparison.compare(sources);
		long comparedAt = System.nanoTime();
		List<Runnable> writes = new ArrayList<>();
		List<StoredRecords.Fresh> tables = new ArrayList<>();
		Set<String> unchanged = new HashSet<>();
		for (int s = 0; s < plans.size(); s++) {
			SourcePlan plan = plans.get(s);
			String provider = providers.get(plan.source());
			String contentVersion = contentVersions.get(plan.source());
			Map<String, SourceRecord> records = sources.set(s, Map.of());
			if (stored.current(registry.name(), plan, provider, contentVersion)) {
				unchanged.add(plan.source()); // what is stored is what was just read: not written again
				continue;
			}
			writes.add(() -> {
				StoredRecords.Fresh fresh = stored.fresh(registry.name(), plan, provider, contentVersion);
				records.values().forEach(fresh::write);
				records.clear(); // written: let it go
				fresh.finish();
				tables.add(fresh);
			});
		}
		// the sources' tables are written meanwhile, on another connection (the other core)
		Future<?> storing = inBackground("registry-storer", () -> writes.forEach(Runnable::run));
		Written written;
		long golden;
		long discrepanciesAt;
		try {
			written = findings.write(registry.name(), comparison, providers, outcome.findings(), outcome.golden(), false, now,
					due(now));
			discrepanciesAt = System.nanoTime();
			golden = goldenValues.write(registry.name(), comparison, outcome.golden(), false, now);
		}
		catch (RuntimeException | Error ex) {
			awaitQuietly(storing);
			throw ex;
		}
		long goldenAt = System.nanoTime();
		await(storing);
		long storedAt = System.nanoTime();
		stored.swapIn(registry.name(), tables, unchanged);
		Summary summary = finish(registry, written, golden, read[0]);
		log.info("Full comparison of {}: read {} ms, compared {} ms, discrepancies {} ms, golden values {} ms, then waited"
				+ " {} ms for the sources' tables ({} of {} written, the others unchanged) ({})", registry.name(),
				(readAt - started) / 1_000_000, (comparedAt - readAt) / 1_000_000, (discrepanciesAt - comparedAt) / 1_000_000,
				(goldenAt - discrepanciesAt) / 1_000_000, (storedAt - goldenAt) / 1_000_000, tables.size(), plans.size(),
				summary);
		return summary;
	}

	/** Reads the sources, {@link #READERS} at a time, each on its own connection. */
	private List<Map<String, SourceRecord>> readAll(List<SourcePlan> plans, String deliveredAt, @Nullable Job job,
			long[] read) {
		if (job != null) {
			job.step("读取 / reading " + plans.size() + " sources", 0);
		}
		ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
			Thread thread = new Thread(runnable, "registry-reader");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Map<String, SourceRecord>>> futures = new ArrayList<>();
			List<long[]> counts = new ArrayList<>();
			for (SourcePlan plan : plans) {
				long[] count = { 0 };
				counts.add(count);
				futures.add(readers.submit(() -> read(plan, null, deliveredAt, count)));
			}
			List<Map<String, SourceRecord>> sources = new ArrayList<>();
			for (int s = 0; s < futures.size(); s++) {
				sources.add(futures.get(s).get());
				read[0] += counts.get(s)[0];
				if (job != null) {
					job.advance(counts.get(s)[0]);
				}
			}
			return sources;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the sources", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Could not read the sources", ex.getCause());
		}
		finally {
			readers.shutdownNow();
		}
	}

	private static Future<?> inBackground(String name, Runnable work) {
		ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
		try {
			return executor.submit(work);
		}
		finally {
			executor.shutdown();
		}
	}

	private static void await(Future<?> work) {
		try {
			work.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while storing the sources' records", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Could not store the sources' records", ex.getCause());
		}
	}

	/** Lets the background work end before the transaction rolls back (what it wrote stays retired). */
	private static void awaitQuietly(Future<?> work) {
		try {
			await(work);
		}
		catch (RuntimeException ex) {
			log.warn("Storing the sources' records failed too", ex);
		}
	}

	/** A source's rows (of one delivery, or all), normalised, by key (rows of one key merged). */
	private Map<String, SourceRecord> read(SourcePlan plan, java.util.@Nullable UUID delivery, String deliveredAt,
			long[] count) {
		Map<String, SourceRecord> byKey = new HashMap<>();
		records.forEachRecordAsText(plan.resource(), plan.items(), delivery, row -> {
			count[0]++;
			SourceRecord record = SourceRecord.of(plan, row, deliveredAt);
			if (record != null) {
				byKey.merge(record.key, record, SourceRecord::merge);
			}
		});
		return byKey;
	}

	/** 增量比对 after a delivery to one of the registries' sources. */
	@Transactional
	public void compareDelivery(BatchDelivered delivery) {
		if (delivery.accepted() == 0) {
			return;
		}
		for (RegistryDefinition registry : definitions.all()) {
			if (registry.readsFrom(delivery.resourceCode())) {
				compareDelivery(registry, delivery);
			}
		}
	}

	private void compareDelivery(RegistryDefinition registry, BatchDelivered delivery) {
		ResourceCode source = delivery.resourceCode();
		SourcePlan delivered = SourcePlan.of(registry, source);
		if (!readable(registry, delivered)) {
			return;
		}
		lock(registry);
		if (delivery.mode() == DeliveryMode.FULL) {
			log.info("Compared after full delivery {} of {}: {}", delivery.deliveryId(), source, full(registry, null));
			return;
		}
		long[] read = { 0 };
		Map<String, SourceRecord> rows = read(delivered, delivery.deliveryId(), delivery.deliveredAt().toString(), read);
		if (rows.isEmpty()) {
			return;
		}
		scope(rows.keySet());
		Instant now = Instant.now();
		List<SourcePlan> plans = SourcePlan.of(registry).stream().filter(p -> readable(registry, p)).toList();
		List<Map<String, SourceRecord>> sources = new ArrayList<>();
		for (SourcePlan plan : plans) {
			sources.add(plan.source().equals(delivered.source()) ? rows : stored.recordsOfScope(registry.name(), plan));
		}
		RecordComparison comparison = new RecordComparison(registry, plans);
		Outcome outcome = comparison.compare(sources);
		Map<String, String> providers = providers(plans);
		Written written = findings.write(registry.name(), comparison, providers, outcome.findings(), outcome.golden(), true,
				now, due(now));
		long golden = goldenValues.write(registry.name(), comparison, outcome.golden(), true, now);
		stored.replaceScope(registry.name(), delivered, delivery.providerCode(), rows.values());
		log.info("Compared after delivery {} of {}: {}", delivery.deliveryId(), source,
				finish(registry, written, golden, read[0]));
	}

	/** The keys an incremental comparison looks at, as registry_scope (a temporary table). */
	private void scope(Set<String> keys) {
		jdbc.sql("drop table if exists registry_scope").update();
		jdbc.sql("create temp table registry_scope (key text collate \"C\" primary key) on commit drop").update();
		CopyTextWriter copy = new CopyTextWriter(dataSource, "copy registry_scope from stdin");
		keys.forEach(key -> copy.add(key).end());
		copy.flush();
		jdbc.sql("analyze registry_scope").update();
	}

	private Map<String, String> providers(List<SourcePlan> plans) {
		Map<String, String> providers = new HashMap<>();
		plans.forEach(p -> providers.put(p.source(), resources.require(p.resource()).providerCode()));
		return providers;
	}

	/**
	 * Whether the resource is in the catalog with every item the registry reads from it. A
	 * resource whose items changed is left out (with a warning) rather than failing the
	 * comparison again and again; its definition needs changing.
	 */
	private boolean readable(RegistryDefinition registry, SourcePlan plan) {
		ResourceCode resource = plan.resource();
		if (!resources.exists(resource)) {
			log.warn("Registry {}: source {} is not in the catalog; left out", registry.name(), resource);
			return false;
		}
		Set<String> items = resources.currentVersion(resource).items().stream().map(InformationItem::name)
			.collect(Collectors.toSet());
		List<String> missing = plan.items().stream().filter(i -> !items.contains(i)).toList();
		if (!missing.isEmpty()) {
			log.warn("Registry {}: source {} has no items {} any more; left out", registry.name(), resource, missing);
			return false;
		}
		return true;
	}

	private Summary finish(RegistryDefinition registry, Written written, long golden, long read) {
		written.found().forEach(events::publishEvent);
		written.closed().forEach(events::publishEvent);
		return new Summary(registry.name(), read, golden, written.found().size(), written.closed().size());
	}

	private void lock(RegistryDefinition registry) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('registry:' || :r))").param("r", registry.name())
			.query((rs, row) -> 1).list();
	}

	private Instant due(Instant now) {
		return calendar.addWorkingDays(now, WORKING_DAYS_TO_ANSWER).toInstant();
	}
}
