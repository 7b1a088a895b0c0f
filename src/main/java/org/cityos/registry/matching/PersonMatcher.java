package org.cityos.registry.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;


/**
 * Matches person records without an ID number against a reference set (e.g. the population
 * registry's golden records), Fellegi–Sunter style: blocked candidates are compared field by field,
 * the agreements' weights summed, and the best candidate's total decides through the
 * {@link MatchThresholds}. The reference set is normalised and indexed once at construction;
 * afterwards the matcher is read-only and may be shared between threads.
 */
public final class PersonMatcher {

	private static final Field[] FIELDS = Field.values();

	private final BlockingIndex index;

	private final MatchModel model;

	private final MatchThresholds thresholds;

	public PersonMatcher(Collection<PersonRecord> reference, MatchModel model, MatchThresholds thresholds) {
		this(new BlockingIndex(reference.stream().map(NormalisedPerson::of).toList()), model, thresholds);
	}

	private PersonMatcher(BlockingIndex index, MatchModel model, MatchThresholds thresholds) {
		this.index = index;
		this.model = model;
		this.thresholds = thresholds;
	}

	/** The same reference set and model with other thresholds, without indexing again. */
	public PersonMatcher withThresholds(MatchThresholds other) {
		return new PersonMatcher(index, model, other);
	}

	public MatchThresholds thresholds() {
		return thresholds;
	}

	public int referenceSize() {
		return index.size();
	}

	public MatchResult match(PersonRecord record) {
		NormalisedPerson person = NormalisedPerson.of(record);
		int best = -1;
		double bestWeight = Double.NEGATIVE_INFINITY;
		for (int candidate : index.candidates(person)) {
			double weight = weight(person, index.person(candidate));
			if (weight > bestWeight) {
				bestWeight = weight;
				best = candidate;
			}
		}
		if (best < 0) {
			return new MatchResult(record.reference(), Decision.NON_MATCH, null);
		}
		Candidate candidate = explain(person, index.person(best));
		return new MatchResult(record.reference(), thresholds.decide(candidate.weight()), candidate);
	}

	/** Matches every record, offering those in the uncertain band to the queue. */
	public List<MatchResult> matchAll(Collection<PersonRecord> records, ReviewQueue queue) {
		List<MatchResult> results = new ArrayList<>(records.size());
		for (PersonRecord record : records) {
			MatchResult result = match(record);
			queue.offer(result);
			results.add(result);
		}
		return results;
	}

	/** Compares two records directly, bypassing blocking: for explaining a pair to a steward. */
	public Candidate compare(PersonRecord record, PersonRecord reference) {
		return explain(NormalisedPerson.of(record), NormalisedPerson.of(reference));
	}

	private double weight(NormalisedPerson a, NormalisedPerson b) {
		return model.weight(Field.NAME, FieldComparators.name(a, b))
				+ model.weight(Field.BIRTH_DATE, FieldComparators.birthDate(a, b))
				+ model.weight(Field.SEX, FieldComparators.sex(a, b))
				+ model.weight(Field.ADDRESS, FieldComparators.address(a, b))
				+ model.weight(Field.PHONE, FieldComparators.phone(a, b));
	}

	private Candidate explain(NormalisedPerson a, NormalisedPerson b) {
		List<FieldAgreement> agreements = new ArrayList<>(FIELDS.length);
		double total = 0;
		for (Field field : FIELDS) {
			Agreement agreement = agreement(field, a, b);
			double weight = model.weight(field, agreement);
			agreements.add(new FieldAgreement(field, agreement, weight));
			total += weight;
		}
		return new Candidate(b.reference, total, agreements);
	}

	private static Agreement agreement(Field field, NormalisedPerson a, NormalisedPerson b) {
		return switch (field) {
			case NAME -> FieldComparators.name(a, b);
			case BIRTH_DATE -> FieldComparators.birthDate(a, b);
			case SEX -> FieldComparators.sex(a, b);
			case ADDRESS -> FieldComparators.address(a, b);
			case PHONE -> FieldComparators.phone(a, b);
		};
	}
}
