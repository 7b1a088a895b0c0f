package org.cityos.catalog.sharing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.SharingType;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored sharing requests. Answers are written only over a request still waiting, so two answers cannot both win. */
@Repository
public class SharingRequests {

	private static final String COLUMNS = """
			id, resource_code, resource_version, provider_code, consumer_code, sharing_type, purpose, items, unmasked_items,
			valid_until, state, requested_at, requested_by, reply_due_at, answered_at, answered_by, answer_reason, grant_id
			""";

	private final JdbcClient jdbc;

	SharingRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which requests a list shows: of one department as consumer, as provider, or either; null means any. */
	public record Search(@Nullable String consumerCode, @Nullable String providerCode, @Nullable String eitherCode,
			@Nullable RequestState state, boolean overdueOnly, @Nullable ResourceCode resourceCode) {
	}

	public Optional<SharingRequest> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from catalog_sharing_request where id = :id").param("id", id)
			.query(SharingRequests::map).optional();
	}

	/** Newest first. */
	public PageResult<SharingRequest> search(Search search, Instant now, PageRequest page) {
		String where = """
				where (:consumer::varchar is null or consumer_code = :consumer)
				  and (:provider::varchar is null or provider_code = :provider)
				  and (:either::varchar is null or consumer_code = :either or provider_code = :either)
				  and (:state::varchar is null or state = :state)
				  and (:overdue = false or (state = 'REQUESTED' and reply_due_at < :now))
				  and (:resource::varchar is null or resource_code = :resource)
				""";
		long total = bind(jdbc.sql("select count(*) from catalog_sharing_request " + where), search, now)
			.query(Long.class).single();
		List<SharingRequest> content = bind(jdbc.sql("select " + COLUMNS + " from catalog_sharing_request " + where
				+ " order by requested_at desc, id limit :limit offset :offset"), search, now)
			.param("limit", page.size()).param("offset", page.offset())
			.query(SharingRequests::map).list();
		return PageResult.of(content, page, total);
	}

	boolean hasWaiting(ResourceCode resourceCode, String consumerCode) {
		return jdbc.sql("select count(*) from catalog_sharing_request where resource_code = :resource and consumer_code = :consumer and state = 'REQUESTED'")
			.param("resource", resourceCode.value()).param("consumer", consumerCode).query(Long.class).single() > 0;
	}

	void insert(SharingRequest request) {
		jdbc.sql("""
				insert into catalog_sharing_request (id, resource_code, resource_version, provider_code, consumer_code,
				    sharing_type, purpose, items, unmasked_items, valid_until, state, requested_at, requested_by, reply_due_at,
				    answered_at, answered_by, answer_reason, grant_id)
				values (:id, :resource, :version, :provider, :consumer, :sharingType, :purpose, :items, :unmasked, :validUntil,
				    :state, :requestedAt, :requestedBy, :replyDueAt, :answeredAt, :answeredBy, :answerReason, :grantId)
				""")
			.param("id", request.id()).param("resource", request.resourceCode().value())
			.param("version", request.resourceVersion()).param("provider", request.providerCode())
			.param("consumer", request.consumerCode()).param("sharingType", request.sharingType().name())
			.param("purpose", request.purpose()).param("items", request.items().toArray(String[]::new))
			.param("unmasked", request.unmaskedItems().toArray(String[]::new))
			.param("validUntil", Timestamp.from(request.validUntil())).param("state", request.state().name())
			.param("requestedAt", Timestamp.from(request.requestedAt())).param("requestedBy", request.requestedBy())
			.param("replyDueAt", Timestamp.from(request.replyDueAt())).param("answeredAt", timestamp(request.answeredAt()))
			.param("answeredBy", request.answeredBy()).param("answerReason", request.answerReason())
			.param("grantId", request.grantId())
			.update();
	}

	/** Stores the answer if the request was still waiting; false if another answer came first. */
	boolean answer(SharingRequest answered) {
		return jdbc.sql("""
				update catalog_sharing_request
				set state = :state, answered_at = :answeredAt, answered_by = :answeredBy, answer_reason = :reason, grant_id = :grantId
				where id = :id and state = 'REQUESTED'
				""")
			.param("id", answered.id()).param("state", answered.state().name())
			.param("answeredAt", timestamp(answered.answeredAt())).param("answeredBy", answered.answeredBy())
			.param("reason", answered.answerReason()).param("grantId", answered.grantId())
			.update() == 1;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Search search, Instant now) {
		return spec.param("consumer", search.consumerCode()).param("provider", search.providerCode())
			.param("either", search.eitherCode()).param("state", search.state() == null ? null : search.state().name())
			.param("overdue", search.overdueOnly()).param("now", Timestamp.from(now))
			.param("resource", search.resourceCode() == null ? null : search.resourceCode().value());
	}

	private static SharingRequest map(ResultSet rs, int row) throws SQLException {
		return new SharingRequest(rs.getObject("id", UUID.class), new ResourceCode(rs.getString("resource_code")),
				rs.getInt("resource_version"), rs.getString("provider_code"), rs.getString("consumer_code"),
				SharingType.valueOf(rs.getString("sharing_type")), rs.getString("purpose"), strings(rs.getArray("items")),
				strings(rs.getArray("unmasked_items")), rs.getTimestamp("valid_until").toInstant(),
				RequestState.valueOf(rs.getString("state")), rs.getTimestamp("requested_at").toInstant(),
				rs.getString("requested_by"), rs.getTimestamp("reply_due_at").toInstant(),
				instant(rs.getTimestamp("answered_at")), rs.getString("answered_by"), rs.getString("answer_reason"),
				rs.getObject("grant_id", UUID.class));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
