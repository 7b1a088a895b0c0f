package org.cityos.catalog.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.cityos.catalog.DeliveryOverdue;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.UpdateCycle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 及时性: when each resource's next delivery is due. The first is expected one update cycle
 * after registration, each next one a cycle after the last successful delivery (counted in the
 * city's calendar: a monthly resource delivered on 31 January is due on 28 February); 其他 is
 * never due. A sweep, run by one instance at a time (advisory lock), publishes
 * {@link DeliveryOverdue} once for each overdue period, and marks deliveries abandoned by a
 * stopped instance as failed.
 */
@Service
public class Timeliness {

	private static final Logger log = LoggerFactory.getLogger(Timeliness.class);

	private final JdbcClient jdbc;

	private final Deliveries deliveries;

	private final ApplicationEventPublisher events;

	private final CollectionProperties properties;

	private final TransactionTemplate transactions;

	Timeliness(JdbcClient jdbc, Deliveries deliveries, ApplicationEventPublisher events, CollectionProperties properties,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.deliveries = deliveries;
		this.events = events;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A resource's timeliness as the steward sees it. */
	public record Entry(String resourceCode, String name, String providerCode, UpdateCycle updateCycle,
			@Nullable Instant lastDeliveredAt, @Nullable Instant expectedAt, boolean overdue) {
	}

	/** When a delivery is next due after {@code since}; null for 其他. */
	public @Nullable Instant expectedAfter(Instant since, UpdateCycle cycle) {
		return expectedAfter(since, cycle, properties.zone());
	}

	/** One cycle after {@code since} on the city's calendar (a month after 31 January is 28/29 February). */
	static @Nullable Instant expectedAfter(Instant since, UpdateCycle cycle, ZoneId zone) {
		return cycle.interval().map(period -> ZonedDateTime.ofInstant(since, zone).plus(period).toInstant()).orElse(null);
	}

	/** Starts the clock of a newly registered resource (in the registration's transaction). */
	public void registered(ResourceCode code, UpdateCycle cycle, Instant registeredAt) {
		jdbc.sql("insert into catalog_timeliness (resource_code, expected_at) values (:code, :expected)")
			.param("code", code.value()).param("expected", timestamp(expectedAfter(registeredAt, cycle))).update();
	}

	/** Recomputes the due date after the resource's cycle changed. */
	public void cycleChanged(ResourceCode code, UpdateCycle cycle, Instant registeredAt) {
		Instant last = jdbc.sql("select last_delivered_at from catalog_timeliness where resource_code = :code")
			.param("code", code.value()).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
		jdbc.sql("update catalog_timeliness set expected_at = :expected where resource_code = :code")
			.param("code", code.value())
			.param("expected", timestamp(expectedAfter(last == null ? registeredAt : last, cycle))).update();
	}

	/** Moves the due date after a successful delivery (in the delivery's transaction). */
	void delivered(ResourceCode code, UpdateCycle cycle, Instant deliveredAt) {
		jdbc.sql("update catalog_timeliness set last_delivered_at = :at, expected_at = :expected where resource_code = :code")
			.param("code", code.value()).param("at", Timestamp.from(deliveredAt))
			.param("expected", timestamp(expectedAfter(deliveredAt, cycle))).update();
	}

	/** Resources of a department (all when null), the most overdue first. */
	public List<Entry> list(@Nullable String department, boolean overdueOnly) {
		return jdbc.sql("""
				select r.code, r.name, r.provider_code, r.update_cycle, t.last_delivered_at, t.expected_at,
				       coalesce(t.expected_at < now(), false) as overdue
				from catalog_resource r join catalog_timeliness t on t.resource_code = r.code
				where (cast(:department as varchar) is null or r.provider_code = :department)
				  and (not :overdueOnly or t.expected_at < now())
				order by t.expected_at nulls last, r.code
				""").param("department", department).param("overdueOnly", overdueOnly).query(Timeliness::entry).list();
	}

	/** Publishes {@link DeliveryOverdue} for resources newly past due; answers how many. */
	@Scheduled(fixedDelayString = "${cityos.catalog.timeliness-sweep:PT5M}",
			initialDelayString = "${cityos.catalog.timeliness-sweep:PT5M}")
	public int sweep() {
		Integer published = transactions.execute(status -> {
			boolean alone = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('cityos.catalog.timeliness', 0))")
				.query(Boolean.class).single();
			if (!alone) {
				return 0;
			}
			List<DeliveryOverdue> overdue = jdbc.sql("""
					select t.resource_code, r.provider_code, r.update_cycle, t.expected_at, t.last_delivered_at
					from catalog_timeliness t join catalog_resource r on r.code = t.resource_code
					where t.expected_at < now() and t.notified_for is distinct from t.expected_at
					order by t.expected_at
					""").query((rs, n) -> new DeliveryOverdue(new ResourceCode(rs.getString(1)), rs.getString(2),
					UpdateCycle.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5))))
				.list();
			for (DeliveryOverdue due : overdue) {
				events.publishEvent(due);
				jdbc.sql("update catalog_timeliness set notified_for = expected_at where resource_code = :code")
					.param("code", due.resourceCode().value()).update();
			}
			int abandoned = deliveries.failAbandoned(Instant.now().minus(properties.staleDeliveryAfter()));
			if (abandoned > 0) {
				log.warn("{} deliveries without a heartbeat for {} were marked FAILED", abandoned,
						properties.staleDeliveryAfter());
			}
			return overdue.size();
		});
		return published == null ? 0 : published;
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getString("code"), rs.getString("name"), rs.getString("provider_code"),
				UpdateCycle.valueOf(rs.getString("update_cycle")), instant(rs.getTimestamp("last_delivered_at")),
				instant(rs.getTimestamp("expected_at")), rs.getBoolean("overdue"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
