package org.cityos.demo.catalog;

import java.time.Duration;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo-only: moves catalog events into the past, so that a freshly loaded demo city already has
 * late deliveries, requests waiting past their reply deadline and expired grants. The catalog's
 * API records the time of each event as "now" and offers (rightly) no way to change it, so this
 * writes the catalog's tables directly; nothing outside the demo load may do this.
 */
@Component
class DemoBackdating {

	private final JdbcClient jdbc;

	DemoBackdating(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The resource's deliveries and its timeliness, {@code by} earlier: it becomes overdue once by exceeds its cycle. */
	void deliveriesOf(ResourceCode code, Duration by) {
		String interval = by.toSeconds() + " seconds";
		jdbc.sql("""
				update catalog_delivery set started_at = started_at - cast(:by as interval),
				       heartbeat_at = heartbeat_at - cast(:by as interval), finished_at = finished_at - cast(:by as interval)
				where resource_code = :code""").param("by", interval).param("code", code.value()).update();
		jdbc.sql("""
				update catalog_timeliness set last_delivered_at = last_delivered_at - cast(:by as interval),
				       expected_at = expected_at - cast(:by as interval)
				where resource_code = :code""").param("by", interval).param("code", code.value()).update();
	}

	/** A waiting request asked {@code by} earlier, with its reply deadline moved along: it is overdue. */
	void request(UUID id, Duration by) {
		jdbc.sql("""
				update catalog_sharing_request set requested_at = requested_at - cast(:by as interval),
				       reply_due_at = reply_due_at - cast(:by as interval)
				where id = :id""").param("by", by.toSeconds() + " seconds").param("id", id).update();
	}

	/** An approved request and its grant, granted long enough ago that the grant has expired. */
	void expire(UUID requestId, UUID grantId) {
		jdbc.sql("""
				update catalog_sharing_request set requested_at = requested_at - interval '400 days',
				       reply_due_at = reply_due_at - interval '400 days', answered_at = answered_at - interval '398 days',
				       valid_until = now() - interval '33 days'
				where id = :id""").param("id", requestId).update();
		jdbc.sql("""
				update catalog_grant set granted_at = granted_at - interval '398 days', valid_until = now() - interval '33 days'
				where id = :id""").param("id", grantId).update();
	}

	boolean sharingLoaded() {
		return jdbc.sql("select exists (select 1 from catalog_sharing_request)").query(Boolean.class).single();
	}
}
