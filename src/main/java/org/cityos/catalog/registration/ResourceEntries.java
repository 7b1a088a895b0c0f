package org.cityos.catalog.registration;

import java.sql.Timestamp;
import java.util.Optional;

import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes catalog entries and their versions; reads go through {@link org.cityos.catalog.Resources}. */
@Repository
class ResourceEntries {

	private final JdbcClient jdbc;

	ResourceEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Resource resource, String searchText) {
		jdbc.sql("""
				insert into catalog_resource (code, name, summary, provider_code, subject, current_version, update_cycle,
				    sharing_type, sharing_condition, open_type, sharing_method, data_grade, invalid_row_policy,
				    related_resources, published_at, updated_at, search_text)
				values (:code, :name, :summary, :provider, :subject, :version, :cycle, :sharingType, :condition, :openType,
				    :method, :grade, :policy, :related::varchar[], :published, :updated, :search)
				""").params(parameters(resource, searchText)).update();
	}

	void update(Resource resource, String searchText) {
		jdbc.sql("""
				update catalog_resource set name = :name, summary = :summary, provider_code = :provider, subject = :subject,
				    current_version = :version, update_cycle = :cycle, sharing_type = :sharingType,
				    sharing_condition = :condition, open_type = :openType, sharing_method = :method, data_grade = :grade,
				    invalid_row_policy = :policy, related_resources = :related::varchar[], updated_at = :updated,
				    search_text = :search
				where code = :code
				""").params(parameters(resource, searchText)).update();
	}

	void insertVersion(ResourceVersion version) {
		jdbc.sql("""
				insert into catalog_resource_version (resource_code, version, items, data_table, created_at)
				values (:code, :version, :items::jsonb, :table, :created)
				""").param("code", version.code().value()).param("version", version.version())
			.param("items", ItemsJson.write(version.items())).param("table", version.dataTable())
			.param("created", Timestamp.from(version.createdAt())).update();
	}

	/** Locks the entry against concurrent changes until the transaction ends; answers its current version. */
	Optional<Integer> lock(ResourceCode code) {
		return jdbc.sql("select current_version from catalog_resource where code = :code for update")
			.param("code", code.value()).query(Integer.class).optional();
	}

	boolean exists(ResourceCode code) {
		return jdbc.sql("select count(*) from catalog_resource where code = :code").param("code", code.value())
			.query(Long.class).single() > 0;
	}

	/** The highest serial used under a classification, 0 when none. */
	int highestSerial(String classification) {
		return jdbc.sql("""
				select coalesce(max(cast(substring(code from position('-' in code) + 1) as integer)), 0)
				from catalog_resource where code like :prefix
				""").param("prefix", classification + "-%").query(Integer.class).single();
	}

	private static java.util.Map<String, Object> parameters(Resource resource, String searchText) {
		java.util.Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("code", resource.code().value());
		parameters.put("name", resource.name());
		parameters.put("summary", resource.summary());
		parameters.put("provider", resource.providerCode());
		parameters.put("subject", resource.subject().name());
		parameters.put("version", resource.version());
		parameters.put("cycle", resource.updateCycle().name());
		parameters.put("sharingType", resource.sharingType().name());
		parameters.put("condition", resource.sharingCondition());
		parameters.put("openType", resource.openType().name());
		parameters.put("method", resource.sharingMethod().name());
		parameters.put("grade", resource.grade().name());
		parameters.put("policy", resource.invalidRowPolicy().name());
		parameters.put("related", "{" + String.join(",", resource.relatedResources()) + "}");
		parameters.put("published", Timestamp.from(resource.publishedAt()));
		parameters.put("updated", Timestamp.from(resource.updatedAt()));
		parameters.put("search", searchText);
		return parameters;
	}
}
