package org.cityos.registry.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.catalog.ResourceCode;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;
import org.cityos.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registries defined (as rows: registry_definition, registry_attribute, registry_attribute_source). */
@Repository
public class RegistryDefinitions {

	private final JdbcClient jdbc;

	RegistryDefinitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RegistryDefinition> all() {
		return jdbc.sql("select name from registry_definition order by created_at, name").query(String.class).list()
			.stream().map(this::require).toList();
	}

	public boolean exists(String name) {
		return jdbc.sql("select count(*) from registry_definition where name = :name").param("name", name)
			.query(Long.class).single() > 0;
	}

	public RegistryDefinition require(String name) {
		return find(name).orElseThrow(() -> new NotFoundException("No registry named '" + name + "'"));
	}

	public Optional<RegistryDefinition> find(String name) {
		Map<String, List<AttributeSource>> sources = new LinkedHashMap<>();
		jdbc.sql("""
				select attribute, resource_code, key_item, item, authoritative from registry_attribute_source
				where registry = :name order by authoritative desc, resource_code
				""").param("name", name).query(rs -> {
			sources.computeIfAbsent(rs.getString("attribute"), a -> new ArrayList<>())
				.add(new AttributeSource(new ResourceCode(rs.getString("resource_code")), rs.getString("key_item"),
						rs.getString("item"), rs.getBoolean("authoritative")));
		});
		List<RegistryAttribute> attributes = jdbc
			.sql("select name, label, kind from registry_attribute where registry = :name order by position")
			.param("name", name)
			.query((rs, row) -> new RegistryAttribute(rs.getString("name"), rs.getString("label"),
					ValueKind.valueOf(rs.getString("kind")), sources.getOrDefault(rs.getString("name"), List.of())))
			.list();
		return jdbc.sql("""
				select name, label, key_attribute, key_label, key_resource, key_item, death_attribute
				from registry_definition where name = :name
				""").param("name", name)
			.query((rs, row) -> new RegistryDefinition(rs.getString("name"), rs.getString("label"),
					rs.getString("key_attribute"), rs.getString("key_label"), new ResourceCode(rs.getString("key_resource")),
					rs.getString("key_item"), rs.getString("death_attribute"), attributes))
			.optional();
	}

	/** Writes a new definition; the caller has validated it. */
	public void add(RegistryDefinition definition) {
		jdbc.sql("""
				insert into registry_definition (name, label, key_attribute, key_label, key_resource, key_item, death_attribute)
				values (:name, :label, :keyAttribute, :keyLabel, :keyResource, :keyItem, :deathAttribute)
				""").param("name", definition.name()).param("label", definition.label())
			.param("keyAttribute", definition.keyAttribute()).param("keyLabel", definition.keyLabel())
			.param("keyResource", definition.keyResource().value()).param("keyItem", definition.keyItem())
			.param("deathAttribute", definition.deathAttribute()).update();
		int position = 0;
		for (RegistryAttribute attribute : definition.attributes()) {
			jdbc.sql("insert into registry_attribute (registry, name, label, kind, position) values (:r, :n, :l, :k, :p)")
				.param("r", definition.name()).param("n", attribute.name()).param("l", attribute.label())
				.param("k", attribute.kind().name()).param("p", ++position).update();
			for (AttributeSource source : attribute.sources()) {
				jdbc.sql("""
						insert into registry_attribute_source (registry, attribute, resource_code, key_item, item, authoritative)
						values (:r, :a, :code, :keyItem, :item, :authoritative)
						""").param("r", definition.name()).param("a", attribute.name())
					.param("code", source.resource().value()).param("keyItem", source.keyItem()).param("item", source.item())
					.param("authoritative", source.authoritative()).update();
			}
		}
	}
}
