package org.cityos.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored API tokens, found by the hash of the token a caller presents. */
@Repository
public class ApiTokens {

	private static final String COLUMNS = "id, name, department_code, prefix, created_at, created_by, expires_at, revoked_at, last_used_at";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ApiToken> findByHash(String tokenHash) {
		return jdbc.sql("select " + COLUMNS + " from directory_api_token where token_hash = :hash")
			.param("hash", tokenHash).query(ApiTokens::map).optional();
	}

	public Optional<ApiToken> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from directory_api_token where id = :id").param("id", id)
			.query(ApiTokens::map).optional();
	}

	public List<ApiToken> list(@Nullable String departmentCode) {
		return jdbc.sql("select " + COLUMNS + " from directory_api_token where (:department::varchar is null or department_code = :department) order by created_at desc")
			.param("department", departmentCode).query(ApiTokens::map).list();
	}

	public void touch(UUID id, Instant at) {
		jdbc.sql("update directory_api_token set last_used_at = :at where id = :id").param("id", id)
			.param("at", Timestamp.from(at)).update();
	}

	void insert(ApiToken token, String tokenHash) {
		jdbc.sql("""
				insert into directory_api_token (id, name, department_code, token_hash, prefix, created_at, created_by, expires_at)
				values (:id, :name, :department, :hash, :prefix, :created, :createdBy, :expires)
				""")
			.param("id", token.id()).param("name", token.name()).param("department", token.departmentCode())
			.param("hash", tokenHash).param("prefix", token.prefix()).param("created", Timestamp.from(token.createdAt()))
			.param("createdBy", token.createdBy()).param("expires", Timestamp.from(token.expiresAt())).update();
	}

	boolean revoke(UUID id, String by, Instant at) {
		return jdbc.sql("update directory_api_token set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
			.param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("department_code"),
				rs.getString("prefix"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
				instant(rs.getTimestamp("last_used_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
