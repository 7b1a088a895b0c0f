package org.cityos.registry.comparison;

import java.util.ArrayList;
import java.util.List;

import org.cityos.catalog.ResourceCode;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.registry.ValueKind;

/**
 * What the registry reads from one source resource: the item holding the key, and per value
 * position the registry attribute it carries (index into {@link RegistryDefinition#attributes()}),
 * the item it is read from and whether the source is that attribute's authority. The stored
 * records of the source keep their values in this order.
 */
record SourcePlan(ResourceCode resource, String keyItem, boolean keyAuthority, int[] attributes, String[] attributeNames,
		ValueKind[] kinds, boolean[] authoritative, List<String> items, int[] columns) {

	String source() {
		return resource.value();
	}

	int positions() {
		return attributes.length;
	}

	/**
	 * The items read, the key item first, then per value position its item: stored records read
	 * with another reading (a definition now taking a value from another item) are not current.
	 */
	String reading() {
		StringBuilder reading = new StringBuilder(keyItem);
		for (int column : columns) {
			reading.append(',').append(items.get(column));
		}
		return reading.toString();
	}

	/** The position of the registry attribute in this source's values, or -1. */
	int positionOf(int attribute) {
		for (int i = 0; i < attributes.length; i++) {
			if (attributes[i] == attribute) {
				return i;
			}
		}
		return -1;
	}

	/** Every source of the registry, the key resource first. */
	static List<SourcePlan> of(RegistryDefinition registry) {
		return registry.keySources().stream().map(s -> of(registry, s.resource())).toList();
	}

	static SourcePlan of(RegistryDefinition registry, ResourceCode resource) {
		AttributeSource keySource = registry.keySources().stream().filter(s -> s.resource().equals(resource)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(registry.name() + " does not read " + resource));
		List<String> items = new ArrayList<>();
		items.add(keySource.keyItem());
		List<Integer> attributes = new ArrayList<>();
		List<Integer> columns = new ArrayList<>();
		List<Boolean> authoritative = new ArrayList<>();
		for (int a = 0; a < registry.attributes().size(); a++) {
			RegistryAttribute attribute = registry.attributes().get(a);
			for (AttributeSource source : attribute.sources()) {
				if (source.resource().equals(resource)) {
					if (!items.contains(source.item())) {
						items.add(source.item());
					}
					attributes.add(a);
					columns.add(items.indexOf(source.item()));
					authoritative.add(source.authoritative());
				}
			}
		}
		int n = attributes.size();
		int[] attributeIndex = new int[n];
		int[] columnIndex = new int[n];
		String[] names = new String[n];
		ValueKind[] kinds = new ValueKind[n];
		boolean[] authority = new boolean[n];
		for (int i = 0; i < n; i++) {
			attributeIndex[i] = attributes.get(i);
			columnIndex[i] = columns.get(i);
			names[i] = registry.attributes().get(attributeIndex[i]).name();
			kinds[i] = registry.attributes().get(attributeIndex[i]).kind();
			authority[i] = authoritative.get(i);
		}
		return new SourcePlan(resource, keySource.keyItem(), registry.keyResource().equals(resource), attributeIndex, names,
				kinds, authority, List.copyOf(items), columnIndex);
	}
}
