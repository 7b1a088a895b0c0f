package org.cityos.registry.comparison;

import org.jspecify.annotations.Nullable;

/**
 * What one source holds for one key, in its {@link SourcePlan}'s value order: the values as
 * delivered ({@code raw}) and normalised, null where the source has none (a value blank after
 * normalisation is none). Several rows of one key in one source (a person with two cars) are
 * merged into one record: per value the smallest normalised one is kept.
 */
final class SourceRecord {

	final String key;

	final @Nullable String[] raw;

	final @Nullable String[] normalised;

	/** When the source delivered it, as PostgreSQL text ({@code timestamptz} input). */
	final String deliveredAt;

	SourceRecord(String key, @Nullable String[] raw, @Nullable String[] normalised, String deliveredAt) {
		this.key = key;
		this.raw = raw;
		this.normalised = normalised;
		this.deliveredAt = deliveredAt;
	}

	/** Normalises one row of the source: {@code row} holds the plan's items, the key item first. */
	static @Nullable SourceRecord of(SourcePlan plan, @Nullable String[] row, String deliveredAt) {
		String key = Normalisation.normalise(row[0], org.cityos.registry.ValueKind.CODE);
		if (key == null) {
			return null;
		}
		int n = plan.positions();
		String[] raw = new String[n];
		String[] normalised = new String[n];
		for (int i = 0; i < n; i++) {
			String value = row[plan.columns()[i]];
			String normal = Normalisation.normalise(value, plan.kinds()[i]);
			if (normal != null) {
				raw[i] = value;
				normalised[i] = normal.equals(value) ? value : normal;
			}
		}
		return new SourceRecord(key, raw, normalised, deliveredAt);
	}

	/** The record of both rows of the same key: per value the smaller normalised one, as before. */
	SourceRecord merge(SourceRecord other) {
		String[] raw = this.raw.clone();
		String[] normalised = this.normalised.clone();
		for (int i = 0; i < raw.length; i++) {
			String theirs = other.normalised[i];
			if (theirs != null && (normalised[i] == null || theirs.compareTo(normalised[i]) < 0)) {
				normalised[i] = theirs;
				raw[i] = other.raw[i];
			}
		}
		return new SourceRecord(key, raw, normalised, deliveredAt);
	}
}
