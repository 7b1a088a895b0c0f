package org.cityos.registry.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.registry.DiscrepancyKind;
import org.cityos.registry.RegistryDefinition;
import org.jspecify.annotations.Nullable;

/**
 * 比对 in memory, key by key, over what every source holds ({@link SourceRecord}s by key, one map
 * per source in {@link SourcePlan#of(RegistryDefinition)} order, the key resource first). Of each
 * key and attribute the authoritative value is the golden value, with the sources whose
 * normalised value equals it; findings are what disagrees:
 * <ul>
 * <li>{@code VALUE_CONFLICT}: a source's value differs from the authority's;</li>
 * <li>{@code MISSING_FROM_AUTHORITY}: a source holds a key the key resource does not;</li>
 * <li>{@code DEAD_BUT_ALIVE_ELSEWHERE}: the death attribute has a value and another source
 * holds the key.</li>
 * </ul>
 * Pure: no database, so each outcome is tested on its own.
 */
final class RecordComparison {

	/**
	 * Golden values of one key: per attribute ({@code 0} the key attribute, {@code i + 1} the
	 * definition's attribute {@code i}) the value, null where the authority has none, and the
	 * agreeing sources as a bit set over the source indices.
	 */
	record Golden(@Nullable String[] values, long[] agreeing) {
	}

	/** One disagreement of one source; {@code ownValue}: that source's own value as delivered. */
	record Finding(String key, String attribute, DiscrepancyKind kind, int source, String sourceValues,
			@Nullable String authoritativeValue, String ownValue) {
	}

	record Outcome(Map<String, Golden> golden, List<Finding> findings) {
	}

	private final RegistryDefinition registry;

	private final List<SourcePlan> plans;

	private final int keyResource;

	private final int deathAttribute;

	/** Per attribute: the authoritative source (or -1 when it is not read) and every source's position. */
	private final int[] authority;

	private final int[][] positions;

	RecordComparison(RegistryDefinition registry, List<SourcePlan> plans) {
		if (plans.size() > 63) {
			throw new IllegalArgumentException("A registry compares at most 63 sources");
		}
		this.registry = registry;
		this.plans = plans;
		int key = -1;
		for (int s = 0; s < plans.size(); s++) {
			if (plans.get(s).keyAuthority()) {
				key = s;
			}
		}
		this.keyResource = key;
		int attributes = registry.attributes().size();
		this.authority = new int[attributes];
		this.positions = new int[attributes][plans.size()];
		int death = -1;
		for (int a = 0; a < attributes; a++) {
			authority[a] = -1;
			if (registry.attributes().get(a).name().equals(registry.deathAttribute())) {
				death = a;
			}
			for (int s = 0; s < plans.size(); s++) {
				int position = plans.get(s).positionOf(a);
				positions[a][s] = position;
				if (position >= 0 && plans.get(s).authoritative()[position]) {
					authority[a] = s;
				}
			}
		}
		this.deathAttribute = death;
	}

	List<SourcePlan> plans() {
		return plans;
	}

	/** Compares every key any of the sources holds. */
	Outcome compare(List<Map<String, SourceRecord>> sources) {
		Map<String, Golden> golden = new HashMap<>(capacity(sources));
		List<Finding> findings = new ArrayList<>();
		SourceRecord[] records = new SourceRecord[sources.size()];
		for (int s = 0; s < sources.size(); s++) {
			for (String key : sources.get(s).keySet()) {
				if (!seenBefore(sources, s, key)) {
					for (int t = 0; t < sources.size(); t++) {
						records[t] = sources.get(t).get(key);
					}
					Golden values = compare(key, records, findings);
					if (values != null) {
						golden.put(key, values);
					}
				}
			}
		}
		return new Outcome(golden, findings);
	}

	/** Whether an earlier source holds the key too: then the key was compared already. */
	private static boolean seenBefore(List<Map<String, SourceRecord>> sources, int source, String key) {
		for (int s = 0; s < source; s++) {
			if (sources.get(s).containsKey(key)) {
				return true;
			}
		}
		return false;
	}

	private static int capacity(List<Map<String, SourceRecord>> sources) {
		return sources.isEmpty() ? 16 : (int) Math.min(1 << 30, sources.get(0).size() * 4L / 3 + 16);
	}

	/** One key: the golden values (null when the authority holds none) and the findings, added to {@code findings}. */
	@Nullable Golden compare(String key, @Nullable SourceRecord[] records, List<Finding> findings) {
		int attributes = registry.attributes().size();
		String[] values = new String[attributes + 1];
		long[] agreeing = new long[attributes + 1];
		boolean any = false;
		long holders = 0;
		for (int s = 0; s < records.length; s++) {
			if (records[s] != null) {
				holders |= 1L << s;
			}
		}
		if (keyResource >= 0 && records[keyResource] != null) {
			values[0] = key;
			agreeing[0] = holders;
			any = true;
		}
		else {
			for (int s = 0; s < records.length; s++) {
				if (records[s] != null) {
					findings.add(new Finding(key, registry.keyAttribute(), DiscrepancyKind.MISSING_FROM_AUTHORITY, s,
							json(new TreeMap<>(Map.of(plans.get(s).source(), key))), null, key));
				}
			}
		}
		for (int a = 0; a < attributes; a++) {
			int authoritySource = authority[a];
			SourceRecord authorityRecord = authoritySource < 0 ? null : records[authoritySource];
			String authorityValue = authorityRecord == null ? null
					: authorityRecord.normalised[positions[a][authoritySource]];
			if (authorityValue == null) {
				continue;
			}
			any = true;
			values[a + 1] = authorityValue;
			long agree = 0;
			boolean conflict = false;
			for (int s = 0; s < records.length; s++) {
				int position = positions[a][s];
				if (position >= 0 && records[s] != null && records[s].normalised[position] != null) {
					if (records[s].normalised[position].equals(authorityValue)) {
						agree |= 1L << s;
					}
					else {
						conflict = true;
					}
				}
			}
			agreeing[a + 1] = agree;
			if (conflict) {
				conflicts(key, a, authorityValue, records, findings);
			}
			if (a == deathAttribute) {
				for (int s = 0; s < records.length; s++) {
					if (s != authoritySource && records[s] != null) {
						TreeMap<String, String> both = new TreeMap<>(Map.of(plans.get(authoritySource).source(),
								authorityRecord.raw[positions[a][authoritySource]]));
						both.put(plans.get(s).source(), key);
						findings.add(new Finding(key, registry.attributes().get(a).name(),
								DiscrepancyKind.DEAD_BUT_ALIVE_ELSEWHERE, s, json(both), authorityValue, key));
					}
				}
			}
		}
		return any ? new Golden(values, agreeing) : null;
	}

	private void conflicts(String key, int a, String authorityValue, @Nullable SourceRecord[] records,
			List<Finding> findings) {
		TreeMap<String, String> held = new TreeMap<>();
		for (int s = 0; s < records.length; s++) {
			int position = positions[a][s];
			if (position >= 0 && records[s] != null && records[s].raw[position] != null) {
				held.put(plans.get(s).source(), records[s].raw[position]);
			}
		}
		String sourceValues = json(held);
		for (int s = 0; s < records.length; s++) {
			int position = positions[a][s];
			if (s != authority[a] && position >= 0 && records[s] != null && records[s].normalised[position] != null
					&& !records[s].normalised[position].equals(authorityValue)) {
				findings.add(new Finding(key, registry.attributes().get(a).name(), DiscrepancyKind.VALUE_CONFLICT, s,
						sourceValues, authorityValue, records[s].raw[position]));
			}
		}
	}

	/** The attribute's name at a golden index ({@code 0}: the key attribute). */
	String attributeAt(int index) {
		return index == 0 ? registry.keyAttribute() : registry.attributes().get(index - 1).name();
	}

	/** The golden index of an attribute name, or -1. */
	int indexOf(String attribute) {
		if (attribute.equals(registry.keyAttribute())) {
			return 0;
		}
		for (int a = 0; a < registry.attributes().size(); a++) {
			if (registry.attributes().get(a).name().equals(attribute)) {
				return a + 1;
			}
		}
		return -1;
	}

	/**
	 * A JSON object as PostgreSQL prints a jsonb (keys shorter first, then in byte order; ", " and
	 * ": " between), so that an unchanged discrepancy compares equal as text and is not rewritten.
	 */
	static String json(TreeMap<String, String> values) {
		List<String> keys = new ArrayList<>(values.keySet());
		keys.sort((x, y) -> x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y));
		StringBuilder out = new StringBuilder("{");
		for (String key : keys) {
			if (out.length() > 1) {
				out.append(", ");
			}
			quote(out, key).append(": ");
			quote(out, values.get(key));
		}
		return out.append('}').toString();
	}

	private static StringBuilder quote(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"');
	}
}
