package org.cityos.registry;

import java.util.List;
import java.util.Optional;

import org.cityos.catalog.ResourceCode;
import org.jspecify.annotations.Nullable;

/**
 * A base registry as data: its key (公民身份号码, 统一社会信用代码), the resource whose keys make
 * the registry (人口基本信息) and its attributes with their sources. A key that other sources
 * hold but the key resource does not is a discrepancy; so is a key with a value in
 * {@code deathAttribute} (死亡日期 from 卫健委) that other sources still hold as alive.
 */
public record RegistryDefinition(String name, String label, String keyAttribute, String keyLabel,
		ResourceCode keyResource, String keyItem, @Nullable String deathAttribute, List<RegistryAttribute> attributes) {

	public RegistryDefinition {
		attributes = List.copyOf(attributes);
	}

	public Optional<RegistryAttribute> attribute(String attributeName) {
		return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
	}

	/** Every resource the registry reads, with the item that holds the key there. */
	public List<AttributeSource> keySources() {
		List<AttributeSource> sources = new java.util.ArrayList<>();
		sources.add(new AttributeSource(keyResource, keyItem, keyItem, true));
		attributes.stream().flatMap(a -> a.sources().stream())
			.filter(s -> sources.stream().noneMatch(known -> known.resource().equals(s.resource())))
			.forEach(s -> sources.add(new AttributeSource(s.resource(), s.keyItem(), s.keyItem(), false)));
		return List.copyOf(sources);
	}

	public boolean readsFrom(ResourceCode resource) {
		return keySources().stream().anyMatch(s -> s.resource().equals(resource));
	}
}
