package org.cityos.registry.matching;

/**
 * How far one field of two records agrees. Not every level applies to every field: names can be
 * {@link #HOMOPHONE} or {@link #SWAPPED}, the other fields only exact, similar or different.
 */
public enum Agreement {
	/** Equal after normalisation. */
	EXACT,
	/** 同音字: every character has the same pinyin (张伟 / 张玮). Names only. */
	HOMOPHONE,
	/** Family and given name in the other order (伟张 / 张伟), possibly with homophones. Names only. */
	SWAPPED,
	/**
	 * Close: one character off in a name, one digit or day/month swapped in a birth date, most address
	 * segments shared, the last 8 digits of a phone equal.
	 */
	SIMILAR,
	DIFFERENT,
	/** Missing on either side: no evidence either way, weight 0. */
	MISSING
}
