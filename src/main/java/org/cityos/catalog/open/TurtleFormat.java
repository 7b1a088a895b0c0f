package org.cityos.catalog.open;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cityos.catalog.open.RdfGraph.Iri;
import org.cityos.catalog.open.RdfGraph.Literal;
import org.cityos.catalog.open.RdfGraph.Statement;
import org.cityos.catalog.open.RdfGraph.Term;

/**
 * Writes an {@link RdfGraph} as Turtle (RDF 1.1): one block per subject, predicates as prefixed
 * names, IRIs in {@code <...>}, strings with
 * Turtle's escapes (Chinese text stays as it is: Turtle is UTF-8).
 */
final class TurtleFormat {

	private TurtleFormat() {
	}

	static String write(RdfGraph graph) {
		StringBuilder out = new StringBuilder();
		new TreeMap<>(RdfGraph.PREFIXES).forEach((prefix, namespace) ->
				out.append("@prefix ").append(prefix).append(": <").append(namespace).append("> .\n"));
		for (Map.Entry<String, List<Statement>> subject : graph.subjects().entrySet()) {
			out.append('\n').append(iri(subject.getKey()));
			List<Statement> statements = subject.getValue();
			for (int i = 0; i < statements.size(); i++) {
				Statement statement = statements.get(i);
				out.append(i == 0 ? "\n    " : " ;\n    ").append(predicate(statement.predicate())).append(' ')
					.append(term(statement.object()));
			}
			out.append(" .\n");
		}
		return out.toString();
	}

	/** A prefixed name where the IRI is in a known namespace with a plain local name, else {@code <...>}. */
	private static String predicate(String predicate) {
		if (predicate.equals(RdfGraph.expand("rdf:type"))) {
			return "a";
		}
		for (Map.Entry<String, String> prefix : RdfGraph.PREFIXES.entrySet()) {
			String local = predicate.startsWith(prefix.getValue()) ? predicate.substring(prefix.getValue().length()) : null;
			if (local != null && local.matches("[A-Za-z][A-Za-z0-9_]*")) {
				return prefix.getKey() + ":" + local;
			}
		}
		return iri(predicate);
	}

	private static String term(Term term) {
		if (term instanceof Iri iri) {
			return predicate(iri.value());
		}
		Literal literal = (Literal) term;
		String quoted = '"' + escape(literal.lexical()) + '"';
		if (literal.language() != null) {
			return quoted + "@" + literal.language();
		}
		return literal.datatype() == null ? quoted : quoted + "^^" + predicate(literal.datatype());
	}

	/** IRIREF: the graph's IRIs are already free of the characters Turtle forbids. */
	static String iri(String value) {
		return "<" + RdfGraph.encode(value) + ">";
	}

	/** STRING_LITERAL_QUOTE: backslash, quote and line breaks escaped, other controls as \\uXXXX. */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append(String.format("\\u%04X", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
