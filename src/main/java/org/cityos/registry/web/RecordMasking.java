package org.cityos.registry.web;

import java.util.HashMap;
import java.util.Map;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.Resources;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.shared.Masking;
import org.springframework.stereotype.Component;

/**
 * How a golden record is shown: each attribute masked as its authoritative item is in the
 * catalog (ID numbers, phones, and personal names and addresses masked; the rest as is).
 */
@Component
class RecordMasking {

	private final Resources resources;

	RecordMasking(Resources resources) {
		this.resources = resources;
	}

	record Masks(Map<String, Masking.Kind> kinds) {

		String mask(String attribute, String value) {
			String masked = Masking.mask(value, kinds.getOrDefault(attribute, Masking.Kind.NONE));
			return masked == null ? value : masked;
		}
	}

	Masks of(RegistryDefinition registry) {
		Map<String, Masking.Kind> kinds = new HashMap<>();
		kinds.put(registry.keyAttribute(), kind(new AttributeSource(registry.keyResource(), registry.keyItem(),
				registry.keyItem(), true)));
		for (RegistryAttribute attribute : registry.attributes()) {
			kinds.put(attribute.name(), kind(attribute.authority()));
		}
		return new Masks(kinds);
	}

	private Masking.Kind kind(AttributeSource source) {
		return resources.find(source.resource()).flatMap(r -> r.items().stream()
			.filter(i -> i.name().equals(source.item())).findFirst()).map(RecordMasking::kind).orElse(Masking.Kind.NONE);
	}

	private static Masking.Kind kind(InformationItem item) {
		if (item.identifier() == IdentifierKind.CITIZEN_ID) {
			return Masking.Kind.CITIZEN_ID;
		}
		if (item.identifier() == IdentifierKind.PHONE) {
			return Masking.Kind.MOBILE;
		}
		if (!item.sensitivity().personal()) {
			return Masking.Kind.NONE;
		}
		return item.name().contains("address") ? Masking.Kind.ADDRESS
				: item.type() == org.cityos.catalog.ItemType.STRING ? Masking.Kind.NAME : Masking.Kind.NONE;
	}
}
