package org.cityos.catalog.registration;

import java.util.List;

import org.cityos.catalog.InformationItem;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a version's items are stored ({@code catalog_resource_version.items}): a JSON array of
 * {@code {name, label, type, required, key, identifier, sensitivity}}, enum names as written in
 * the code. A persistence format, so it does not follow the web's Jackson settings.
 */
public final class ItemsJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<InformationItem>> ITEMS = new TypeReference<>() {
	};

	private ItemsJson() {
	}

	public static String write(List<InformationItem> items) {
		return JSON.writeValueAsString(items);
	}

	public static List<InformationItem> read(String json) {
		return List.copyOf(JSON.readValue(json, ITEMS));
	}
}
