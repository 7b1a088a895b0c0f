package org.cityos.catalog.sharing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.catalog.DataGrade;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.InvalidRowPolicy;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.SharingMethod;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog as the sharing side reads it: a resource with its current version's items, and
 * the table holding that version's data. Reads the tables of {@code V5_1__catalog_resources.sql};
 * the one place to switch to the registration part's {@code Resources} once that is merged.
 */
@Repository
public class SharedResources {

	private static final String COLUMNS = """
			r.code, r.name, r.summary, r.provider_code, r.subject, r.current_version, r.update_cycle, r.sharing_type,
			r.sharing_condition, r.open_type, r.sharing_method, r.data_grade, r.invalid_row_policy, r.related_resources,
			r.published_at, r.updated_at, v.items, v.data_table, v.created_at as version_created_at
			""";

	private static final String FROM = """
			from catalog_resource r
			join catalog_resource_version v on v.resource_code = r.code and v.version = r.current_version
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SharedResources(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A resource with its current version. */
	public record Entry(Resource resource, ResourceVersion version) {

		public ResourceCode code() {
			return resource.code();
		}
	}

	public Optional<Entry> find(ResourceCode code) {
		return jdbc.sql("select " + COLUMNS + FROM + "where r.code = :code").param("code", code.value())
			.query(this::map).optional();
	}

	public Entry require(ResourceCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("No resource with code '" + code + "' in the catalog"));
	}

	/** Every resource, by code; for the DCAT export. */
	public List<Entry> all() {
		return jdbc.sql("select " + COLUMNS + FROM + "order by r.code").query(this::map).list();
	}

	/** Resources anyone may read (无条件开放), by code. */
	public List<Entry> open() {
		return jdbc.sql("select " + COLUMNS + FROM + "where r.open_type = :open order by r.code")
			.param("open", OpenType.UNCONDITIONAL.name()).query(this::map).list();
	}

	/** Resource names by code, for lists that show them; unknown codes are left out. */
	public Map<String, String> names(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select code, name from catalog_resource where code = any(:codes)")
			.param("codes", codes.stream().distinct().toArray(String[]::new))
			.query(rs -> {
				names.put(rs.getString("code"), rs.getString("name"));
			});
		return names;
	}

	private Entry map(ResultSet rs, int row) throws SQLException {
		ResourceCode code = new ResourceCode(rs.getString("code"));
		List<InformationItem> items = Arrays.asList(json.readValue(rs.getString("items"), InformationItem[].class));
		int version = rs.getInt("current_version");
		Resource resource = new Resource(code, rs.getString("name"), rs.getString("summary"), rs.getString("provider_code"),
				Subject.valueOf(rs.getString("subject")), version, items, UpdateCycle.valueOf(rs.getString("update_cycle")),
				SharingType.valueOf(rs.getString("sharing_type")), rs.getString("sharing_condition"),
				OpenType.valueOf(rs.getString("open_type")), SharingMethod.valueOf(rs.getString("sharing_method")),
				DataGrade.valueOf(rs.getString("data_grade")), InvalidRowPolicy.valueOf(rs.getString("invalid_row_policy")),
				strings(rs.getArray("related_resources")), rs.getTimestamp("published_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
		return new Entry(resource, new ResourceVersion(code, version, items, rs.getString("data_table"),
				rs.getTimestamp("version_created_at").toInstant()));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
