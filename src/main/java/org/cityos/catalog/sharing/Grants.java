package org.cityos.catalog.sharing;

import static org.cityos.catalog.sharing.SharingRequests.instant;
import static org.cityos.catalog.sharing.SharingRequests.strings;
import static org.cityos.catalog.sharing.SharingRequests.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityos.catalog.ResourceCode;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored grants; the exchange asks for a department's live grants on a resource before every read. */
@Repository
public class Grants {

	private static final String COLUMNS = """
			id, request_id, resource_code, provider_code, consumer_code, purpose, items, unmasked_items, granted_at,
			granted_by, valid_until, revoked_at, revoked_by, revoke_reason
			""";

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which grants a list shows; null means any. */
	public record Search(@Nullable String consumerCode, @Nullable String providerCode, @Nullable String eitherCode,
			@Nullable GrantState state, @Nullable ResourceCode resourceCode) {
	}

	public Optional<Grant> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from catalog_grant where id = :id").param("id", id).query(Grants::map)
			.optional();
	}

	/** Grants of {@code consumerCode} on the resource that are neither revoked nor expired at {@code now}. */
	public List<Grant> live(String consumerCode, ResourceCode resourceCode, Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				 from catalog_grant
				where consumer_code = :consumer and resource_code = :resource and revoked_at is null and valid_until > :now
				""")
			.param("consumer", consumerCode).param("resource", resourceCode.value()).param("now", Timestamp.from(now))
			.query(Grants::map).list();
	}

	/** Newest first. */
	public PageResult<Grant> search(Search search, Instant now, PageRequest page) {
		String where = """
				where (:consumer::varchar is null or consumer_code = :consumer)
				  and (:provider::varchar is null or provider_code = :provider)
				  and (:either::varchar is null or consumer_code = :either or provider_code = :either)
				  and (:resource::varchar is null or resource_code = :resource)
				  and (:state::varchar is null
				       or (:state = 'ACTIVE' and revoked_at is null and valid_until > :now)
				       or (:state = 'REVOKED' and revoked_at is not null)
				       or (:state = 'EXPIRED' and revoked_at is null and valid_until <= :now))
				""";
		long total = bind(jdbc.sql("select count(*) from catalog_grant " + where), search, now).query(Long.class).single();
		List<Grant> content = bind(jdbc.sql("select " + COLUMNS + " from catalog_grant " + where
				+ " order by granted_at desc, id limit :limit offset :offset"), search, now)
			.param("limit", page.size()).param("offset", page.offset()).query(Grants::map).list();
		return PageResult.of(content, page, total);
	}

	void insert(Grant grant) {
		jdbc.sql("""
				insert into catalog_grant (id, request_id, resource_code, provider_code, consumer_code, purpose, items,
				    unmasked_items, granted_at, granted_by, valid_until)
				values (:id, :request, :resource, :provider, :consumer, :purpose, :items, :unmasked, :grantedAt, :grantedBy,
				    :validUntil)
				""")
			.param("id", grant.id()).param("request", grant.requestId()).param("resource", grant.resourceCode().value())
			.param("provider", grant.providerCode()).param("consumer", grant.consumerCode())
			.param("purpose", grant.purpose()).param("items", grant.items().toArray(String[]::new))
			.param("unmasked", grant.unmaskedItems().toArray(String[]::new))
			.param("grantedAt", Timestamp.from(grant.grantedAt())).param("grantedBy", grant.grantedBy())
			.param("validUntil", Timestamp.from(grant.validUntil()))
			.update();
	}

	/** Stores the revocation if the grant was not revoked yet; false if another revocation came first. */
	boolean revoke(Grant revoked) {
		return jdbc.sql("""
				update catalog_grant set revoked_at = :at, revoked_by = :by, revoke_reason = :reason
				where id = :id and revoked_at is null
				""")
			.param("id", revoked.id()).param("at", timestamp(revoked.revokedAt())).param("by", revoked.revokedBy())
			.param("reason", revoked.revokeReason()).update() == 1;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Search search, Instant now) {
		return spec.param("consumer", search.consumerCode()).param("provider", search.providerCode())
			.param("either", search.eitherCode()).param("state", search.state() == null ? null : search.state().name())
			.param("now", Timestamp.from(now))
			.param("resource", search.resourceCode() == null ? null : search.resourceCode().value());
	}

	private static Grant map(ResultSet rs, int row) throws SQLException {
		return new Grant(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				new ResourceCode(rs.getString("resource_code")), rs.getString("provider_code"),
				rs.getString("consumer_code"), rs.getString("purpose"), strings(rs.getArray("items")),
				strings(rs.getArray("unmasked_items")), rs.getTimestamp("granted_at").toInstant(),
				rs.getString("granted_by"), rs.getTimestamp("valid_until").toInstant(),
				instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"), rs.getString("revoke_reason"));
	}
}
