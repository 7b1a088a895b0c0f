package org.cityos.registry;

import java.util.List;

/** One attribute of a registry (姓名, 出生日期) with the resources that carry it. */
public record RegistryAttribute(String name, String label, ValueKind kind, List<AttributeSource> sources) {

	public RegistryAttribute {
		sources = List.copyOf(sources);
	}

	public AttributeSource authority() {
		return sources.stream().filter(AttributeSource::authoritative).findFirst()
			.orElseThrow(() -> new IllegalStateException("Attribute " + name + " has no authoritative source"));
	}
}
