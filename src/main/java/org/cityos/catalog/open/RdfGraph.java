package org.cityos.catalog.open;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small, ordered RDF graph: subjects (IRIs) with their statements, in the order added, so
 * that the Turtle and JSON-LD forms of the catalog list the same things in the same order.
 * Enough for publishing metadata; no blank nodes, no reading.
 */
final class RdfGraph {

	static final Map<String, String> PREFIXES = prefixes();

	private final Map<String, List<Statement>> subjects = new LinkedHashMap<>();

	sealed interface Term permits Iri, Literal {
	}

	/** An IRI; characters an IRI may not hold (spaces, {@code <>"{}|^`\\}, controls) are percent-encoded. */
	record Iri(String value) implements Term {

		Iri {
			value = encode(value);
		}
	}

	/** A literal: with a language tag, a datatype IRI, or neither (a plain string). */
	record Literal(String lexical, @Nullable String language, @Nullable String datatype) implements Term {
	}

	/** {@code predicate} is a full IRI. */
	record Statement(String predicate, Term object) {
	}

	static Iri iri(String value) {
		return new Iri(value);
	}

	/** A full IRI from a prefixed name ({@code dcat:Dataset}). */
	static String expand(String prefixed) {
		int colon = prefixed.indexOf(':');
		String namespace = PREFIXES.get(prefixed.substring(0, colon));
		if (namespace == null) {
			throw new IllegalArgumentException("unknown prefix in " + prefixed);
		}
		return namespace + prefixed.substring(colon + 1);
	}

	RdfGraph add(String subject, String predicate, Term object) {
		subjects.computeIfAbsent(encode(subject), s -> new ArrayList<>()).add(new Statement(expand(predicate), object));
		return this;
	}

	RdfGraph type(String subject, String prefixedClass) {
		return add(subject, "rdf:type", iri(expand(prefixedClass)));
	}

	RdfGraph text(String subject, String predicate, @Nullable String value, @Nullable String language) {
		if (value != null && !value.isBlank()) {
			add(subject, predicate, new Literal(value, language, null));
		}
		return this;
	}

	RdfGraph typed(String subject, String predicate, String value, String prefixedDatatype) {
		return add(subject, predicate, new Literal(value, null, expand(prefixedDatatype)));
	}

	Map<String, List<Statement>> subjects() {
		return subjects;
	}

	/** All forbidden characters are ASCII, so one %XX each. */
	static String encode(String iri) {
		StringBuilder out = new StringBuilder(iri.length());
		iri.codePoints().forEach(c -> {
			if (c <= 0x20 || c == 0x7f || "<>\"{}|^`\\".indexOf(c) >= 0) {
				out.append('%').append(String.format("%02X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	private static Map<String, String> prefixes() {
		Map<String, String> prefixes = new LinkedHashMap<>();
		prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
		prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
		prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
		prefixes.put("dct", "http://purl.org/dc/terms/");
		prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
		return Map.copyOf(prefixes);
	}
}
