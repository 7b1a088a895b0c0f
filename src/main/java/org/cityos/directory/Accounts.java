package org.cityos.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's accounts. Password hashes are read only by the login path ({@link #passwordHash}). */
@Repository
public class Accounts {

	private static final String COLUMNS = """
			a.username, a.display_name, a.roles, a.department_code, a.grid_codes, a.enabled, a.created_at, t.locked_until
			""";

	private static final String FROM = " from directory_account a left join directory_login_throttle t on t.username = a.username";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> find(String username) {
		return jdbc.sql("select " + COLUMNS + FROM + " where a.username = :username")
			.param("username", username).query(Accounts::map).optional();
	}

	/** Accounts of a department holding a role, e.g. the handlers a case may be assigned to. */
	public List<Account> inDepartment(String departmentCode, Role role) {
		return jdbc.sql("select " + COLUMNS + FROM + " where a.department_code = :department and :role = any(a.roles) order by a.username")
			.param("department", departmentCode).param("role", role.name()).query(Accounts::map).list();
	}

	public long count() {
		return jdbc.sql("select count(*) from directory_account").query(Long.class).single();
	}

	public PageResult<Account> search(@Nullable String text, @Nullable Role role, @Nullable String department, PageRequest page) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (text != null && !text.isBlank()) {
			conditions.add("(a.username like :text or lower(a.display_name) like :text)");
			params.put("text", "%" + text.trim().toLowerCase() + "%");
		}
		if (role != null) {
			conditions.add(":role = any(a.roles)");
			params.put("role", role.name());
		}
		if (department != null && !department.isBlank()) {
			conditions.add("a.department_code = :department");
			params.put("department", department);
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
		List<Account> content = jdbc.sql("select " + COLUMNS + FROM + where + " order by a.username limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(Accounts::map).list();
		return PageResult.of(content, page, total);
	}

	/**
	 * When the account last changed (roles, department, enabled, password), if it still exists:
	 * sessions opened before that are ended.
	 */
	public Optional<AccountStamp> stamp(String username) {
		return jdbc.sql("select enabled, greatest(updated_at, password_changed_at) as changed_at from directory_account where username = :u")
			.param("u", username)
			.query((rs, n) -> new AccountStamp(rs.getBoolean("enabled"), rs.getTimestamp("changed_at").toInstant()))
			.optional();
	}

	/** Whether an account may still log in, and when it last changed. */
	public record AccountStamp(boolean enabled, java.time.Instant changedAt) {
	}

	/** For password authentication only: the hash of an enabled account's password. */
	public Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from directory_account where username = :username and enabled")
			.param("username", username).query(String.class).optional();
	}

	void insert(Account account, String passwordHash) {
		jdbc.sql("""
				insert into directory_account (username, display_name, password_hash, roles, department_code, grid_codes, enabled)
				values (:username, :name, :hash, :roles::varchar[], :department, :grids::varchar[], :enabled)
				""")
			.param("username", account.username()).param("name", account.displayName()).param("hash", passwordHash)
			.param("roles", arrayLiteral(account.roles().stream().map(Enum::name).sorted().toList()))
			.param("department", account.departmentCode()).param("grids", arrayLiteral(account.gridCodes()))
			.param("enabled", account.enabled()).update();
	}

	void update(Account account) {
		jdbc.sql("""
				update directory_account set display_name = :name, roles = :roles::varchar[], department_code = :department,
				grid_codes = :grids::varchar[], enabled = :enabled, updated_at = now() where username = :username
				""")
			.param("username", account.username()).param("name", account.displayName())
			.param("roles", arrayLiteral(account.roles().stream().map(Enum::name).sorted().toList()))
			.param("department", account.departmentCode()).param("grids", arrayLiteral(account.gridCodes()))
			.param("enabled", account.enabled()).update();
	}

	void changePassword(String username, String passwordHash) {
		jdbc.sql("update directory_account set password_hash = :hash, password_changed_at = now(), updated_at = now() where username = :username")
			.param("username", username).param("hash", passwordHash).update();
	}

	/** Values are validated codes and role names (no quotes or commas), so a plain literal is safe. */
	private static String arrayLiteral(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : strings(rs.getArray("roles"))) {
			roles.add(Role.valueOf(role));
		}
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getString("username"), rs.getString("display_name"), roles, rs.getString("department_code"),
				strings(rs.getArray("grid_codes")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
				locked == null || locked.toInstant().isBefore(java.time.Instant.now()) ? null : locked.toInstant());
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
