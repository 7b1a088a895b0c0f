package org.cityos.catalog.registration;

import java.util.Locale;
import java.util.StringJoiner;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.Resource;
import org.jspecify.annotations.Nullable;

/**
 * What a catalog search matches a resource by, lower-cased in one text: code, name, summary,
 * provider (code and name), subject (Chinese label and English name), sharing and open type,
 * update cycle, and each item's name and label. Chinese needs no word splitting this way:
 * {@code 人口} is found inside {@code 人口基本信息}.
 */
final class SearchText {

	private SearchText() {
	}

	static String of(Resource resource, @Nullable String providerName) {
		StringJoiner text = new StringJoiner(" ");
		text.add(resource.code().value()).add(resource.name()).add(resource.summary()).add(resource.providerCode());
		if (providerName != null) {
			text.add(providerName);
		}
		text.add(resource.subject().label()).add(resource.subject().name().replace('_', ' '));
		text.add(resource.sharingType().label()).add(resource.openType().label()).add(resource.updateCycle().label());
		for (InformationItem item : resource.items()) {
			text.add(item.name()).add(item.label());
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}
}
