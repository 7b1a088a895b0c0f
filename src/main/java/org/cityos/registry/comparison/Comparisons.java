package org.cityos.registry.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityos.calendar.WorkingCalendar;
import org.cityos.catalog.BatchDelivered;
import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceRecords;
import org.cityos.catalog.Resources;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.comparison.Comparison.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs comparisons of a registry: in full (every source read again, every key compared) or
 * after a delivery (the delivered rows of that source read, their keys compared). One
 * comparison of a registry at a time (transaction-scoped advisory lock), each in one
 * transaction, so that the golden record and the discrepancies never show half a comparison.
 */
@Service
public class Comparisons {

	private static final Logger log = LoggerFactory.getLogger(Comparisons.class);

	/** Working days a department has to answer a discrepancy. */
	static final int WORKING_DAYS_TO_ANSWER = 5;

	private final RegistryDefinitions definitions;

	private final SourceValues values;

	private final Comparison comparison;

	private final ResourceRecords records;

	private final Resources resources;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	Comparisons(RegistryDefinitions definitions, SourceValues values, Comparison comparison, ResourceRecords records,
			Resources resources, WorkingCalendar calendar, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.definitions = definitions;
		this.values = values;
		this.comparison = comparison;
		this.records = records;
		this.resources = resources;
		this.calendar = calendar;
		this.events = events;
		this.jdbc = jdbc;
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
		long started = System.nanoTime();
		values.beginIncoming();
		long read = 0;
		Instant now = Instant.now();
		for (AttributeSource source : registry.keySources()) {
			if (!readable(registry, source.resource())) {
				continue;
			}
			if (job != null) {
				job.step("读取 " + source.resource() + " / reading " + source.resource(), 0);
			}
			SourceValues.Reader reader = values.reader(registry, source.resource(),
					resources.require(source.resource()).providerCode(), now);
			records.forEachRecord(source.resource(), SourceValues.items(registry, source.resource()), record -> {
				reader.accept(record);
				if (job != null) {
					job.advance(1);
				}
			});
			read += reader.finish();
		}
		long readAt = System.nanoTime();
		jdbc.sql("analyze registry_incoming").update();
		values.replaceAll(registry.name());
		analyzeStoredValues();
		long storedAt = System.nanoTime();
		if (job != null) {
			job.step("比对 / comparing", 0);
		}
		Summary summary = finish(registry, comparison.compare(registry, false, now, due(now)), read);
		log.info("Full comparison of {}: read {} ms, stored {} ms, compared {} ms", registry.name(),
				(readAt - started) / 1_000_000, (storedAt - readAt) / 1_000_000, (System.nanoTime() - storedAt) / 1_000_000);
		return summary;
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
		if (!readable(registry, source)) {
			return;
		}
		lock(registry);
		values.beginIncoming();
		SourceValues.Reader reader = values.reader(registry, source, delivery.providerCode(), delivery.deliveredAt());
		records.forEachRecordOfDelivery(source, delivery.deliveryId(), SourceValues.items(registry, source), reader);
		long read = reader.finish();
		jdbc.sql("analyze registry_incoming").update();
		Instant now = Instant.now();
		Outcome outcome;
		if (delivery.mode() == DeliveryMode.FULL) {
			values.replaceSource(registry.name(), source);
			analyzeStoredValues();
			outcome = comparison.compare(registry, false, now, due(now));
		}
		else {
			values.replaceKeysOfSource(registry.name(), source);
			values.scopeToIncomingKeys();
			outcome = comparison.compare(registry, true, now, due(now));
		}
		log.info("Compared after delivery {} of {}: {}", delivery.deliveryId(), source, finish(registry, outcome, read));
	}

	/**
	 * Whether the resource is in the catalog with every item the registry reads from it. A
	 * resource whose items changed is left out (with a warning) rather than failing the
	 * comparison again and again; its definition needs changing.
	 */
	private boolean readable(RegistryDefinition registry, ResourceCode resource) {
		if (!resources.exists(resource)) {
			log.warn("Registry {}: source {} is not in the catalog; left out", registry.name(), resource);
			return false;
		}
		Set<String> items = resources.currentVersion(resource).items().stream().map(InformationItem::name)
			.collect(Collectors.toSet());
		List<String> missing = SourceValues.items(registry, resource).stream().filter(i -> !items.contains(i)).toList();
		if (!missing.isEmpty()) {
			log.warn("Registry {}: source {} has no items {} any more; left out", registry.name(), resource, missing);
			return false;
		}
		return true;
	}

	private Summary finish(RegistryDefinition registry, Outcome outcome, long read) {
		outcome.found().forEach(events::publishEvent);
		outcome.closed().forEach(events::publishEvent);
		return new Summary(registry.name(), read, outcome.goldenValues(), outcome.found().size(), outcome.closed().size());
	}

	/**
	 * Fresh statistics before comparing in full: after a large load the planner would otherwise
	 * still see the table as it was (empty on the first delivery) and join it by nested loops.
	 */
	private void analyzeStoredValues() {
		jdbc.sql("analyze registry_source_value").update();
	}

	private void lock(RegistryDefinition registry) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('registry:' || :r))").param("r", registry.name())
			.query((rs, row) -> 1).list();
	}

	private Instant due(Instant now) {
		return calendar.addWorkingDays(now, WORKING_DAYS_TO_ANSWER).toInstant();
	}
}
