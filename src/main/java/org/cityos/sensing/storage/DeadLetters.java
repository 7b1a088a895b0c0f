package org.cityos.sensing.storage;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.cityos.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What MQTT ingestion refused, with the reason (an MQTT publisher gets no answer to read), for the
 * admin. Written outside any ingest transaction, so a refusal is recorded even when nothing else is.
 * Payloads are cut at 64 KiB.
 */
@Component
public class DeadLetters {

	private static final int MAX_PAYLOAD = 65_536;

	private final JdbcClient jdbc;

	DeadLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String channel, @Nullable String topic, @Nullable String clientId, String reason, String payload) {
		jdbc.sql("insert into sensing_dead_letter (channel, topic, client_id, reason, payload) values (:c, :t, :client, :r, :p)")
			.param("c", channel).param("t", topic).param("client", clientId)
			.param("r", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
			.param("p", (payload.length() > MAX_PAYLOAD ? payload.substring(0, MAX_PAYLOAD) : payload).replace('\0', ' '))
			.update();
	}

	public PageResult<DeadLetter> page(int page, int size) {
		long total = jdbc.sql("select count(*) from sensing_dead_letter").query(Long.class).single();
		var rows = jdbc.sql("select id, received_at, channel, topic, client_id, reason, payload from sensing_dead_letter "
				+ "order by received_at desc, id desc limit :size offset :offset")
			.param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> new DeadLetter(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		return PageResult.of(rows, new PageResult.PageRequest(page, size), total);
	}

	/** One refused message. */
	public record DeadLetter(long id, Instant receivedAt, String channel, @Nullable String topic, @Nullable String clientId,
			String reason, String payload) {
	}
}
