package org.cityos.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.Optional;

import org.cityos.catalog.registration.ItemsJson;
import org.cityos.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog as other modules read it: resources with their current items, and every
 * version with its data table. Read-only; changes go through the registration.
 */
@Repository
public class Resources {

	private static final String RESOURCE = """
			select r.code, r.name, r.summary, r.provider_code, r.subject, r.current_version, v.items, r.update_cycle,
			       r.sharing_type, r.sharing_condition, r.open_type, r.sharing_method, r.data_grade,
			       r.invalid_row_policy, r.related_resources, r.published_at, r.updated_at
			from catalog_resource r
			join catalog_resource_version v on v.resource_code = r.code and v.version = r.current_version
			""";

	private static final String VERSION = "select resource_code, version, items, data_table, created_at from catalog_resource_version ";

	private final JdbcClient jdbc;

	Resources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Resource> find(ResourceCode code) {
		return jdbc.sql(RESOURCE + " where r.code = :code").param("code", code.value()).query(Resources::resource).optional();
	}

	/** The resource, or a 404 problem naming the code. */
	public Resource require(ResourceCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("No resource with code '" + code + "' in the catalog"));
	}

	public boolean exists(ResourceCode code) {
		return jdbc.sql("select count(*) from catalog_resource where code = :code").param("code", code.value())
			.query(Long.class).single() > 0;
	}

	/** The resources a department provides, by code. */
	public List<Resource> ofProvider(String departmentCode) {
		return jdbc.sql(RESOURCE + " where r.provider_code = :provider order by r.code").param("provider", departmentCode)
			.query(Resources::resource).list();
	}

	/** Every resource, by code. */
	public List<Resource> all() {
		return jdbc.sql(RESOURCE + " order by r.code").query(Resources::resource).list();
	}

	/** Resources of one open type, by code (无条件开放 ones are open data). */
	public List<Resource> withOpenType(OpenType openType) {
		return jdbc.sql(RESOURCE + " where r.open_type = :open order by r.code").param("open", openType.name())
			.query(Resources::resource).list();
	}

	/** The current version of every resource, in one read. */
	public Map<ResourceCode, ResourceVersion> currentVersions() {
		Map<ResourceCode, ResourceVersion> versions = new HashMap<>();
		jdbc.sql(VERSION + " v where v.version = (select current_version from catalog_resource where code = v.resource_code)")
			.query(Resources::version).list().forEach(v -> versions.put(v.code(), v));
		return versions;
	}

	/** Resource names by code, for lists that show them; unknown codes are left out. */
	public Map<String, String> names(Collection<String> codes) {
		Map<String, String> names = new HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select code, name from catalog_resource where code = any(:codes)")
				.param("codes", codes.stream().distinct().toArray(String[]::new))
				.query(rs -> {
					names.put(rs.getString("code"), rs.getString("name"));
				});
		}
		return names;
	}

	/** The version deliveries are validated against now; its table holds the resource's current data. */
	public ResourceVersion currentVersion(ResourceCode code) {
		return jdbc.sql(VERSION + """
				where resource_code = :code
				  and version = (select current_version from catalog_resource where code = :code)
				""").param("code", code.value()).query(Resources::version).optional()
			.orElseThrow(() -> new NotFoundException("No resource with code '" + code + "' in the catalog"));
	}

	public ResourceVersion version(ResourceCode code, int version) {
		return jdbc.sql(VERSION + " where resource_code = :code and version = :version").param("code", code.value())
			.param("version", version).query(Resources::version).optional()
			.orElseThrow(() -> new NotFoundException("Resource '" + code + "' has no version " + version));
	}

	/** Every version, oldest first. */
	public List<ResourceVersion> versions(ResourceCode code) {
		return jdbc.sql(VERSION + " where resource_code = :code order by version").param("code", code.value())
			.query(Resources::version).list();
	}

	private static Resource resource(ResultSet rs, int row) throws SQLException {
		return new Resource(new ResourceCode(rs.getString("code")), rs.getString("name"), rs.getString("summary"),
				rs.getString("provider_code"), Subject.valueOf(rs.getString("subject")), rs.getInt("current_version"),
				ItemsJson.read(rs.getString("items")), UpdateCycle.valueOf(rs.getString("update_cycle")),
				SharingType.valueOf(rs.getString("sharing_type")), rs.getString("sharing_condition"),
				OpenType.valueOf(rs.getString("open_type")), SharingMethod.valueOf(rs.getString("sharing_method")),
				DataGrade.valueOf(rs.getString("data_grade")), InvalidRowPolicy.valueOf(rs.getString("invalid_row_policy")),
				codes(rs.getArray("related_resources")), rs.getTimestamp("published_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static ResourceVersion version(ResultSet rs, int row) throws SQLException {
		return new ResourceVersion(new ResourceCode(rs.getString("resource_code")), rs.getInt("version"),
				ItemsJson.read(rs.getString("items")), rs.getString("data_table"), rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> codes(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
