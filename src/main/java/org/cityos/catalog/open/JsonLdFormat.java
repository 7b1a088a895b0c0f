package org.cityos.catalog.open;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityos.catalog.open.RdfGraph.Iri;
import org.cityos.catalog.open.RdfGraph.Literal;
import org.cityos.catalog.open.RdfGraph.Statement;
import org.cityos.catalog.open.RdfGraph.Term;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link RdfGraph} as JSON-LD 1.1: a {@code @context} of the prefixes, and an
 * {@code @graph} with one node object per subject; every value is explicit ({@code @id},
 * {@code @value} with {@code @language} or {@code @type}), so no term definitions are needed.
 * Jackson does the JSON escaping.
 */
final class JsonLdFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLdFormat() {
	}

	static String write(RdfGraph graph) {
		ObjectNode document = JSON.createObjectNode();
		ObjectNode context = document.putObject("@context");
		RdfGraph.PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(prefix -> context.put(prefix.getKey(), prefix.getValue()));
		ArrayNode nodes = document.putArray("@graph");
		for (Map.Entry<String, List<Statement>> subject : graph.subjects().entrySet()) {
			ObjectNode node = nodes.addObject();
			node.put("@id", subject.getKey());
			Map<String, ArrayNode> properties = new LinkedHashMap<>();
			for (Statement statement : subject.getValue()) {
				if (statement.predicate().equals(RdfGraph.expand("rdf:type"))) {
					node.withArray("@type").add(compact(((Iri) statement.object()).value()));
					continue;
				}
				properties.computeIfAbsent(compact(statement.predicate()), p -> node.putArray(p))
					.add(value(statement.object()));
			}
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
	}

	private static ObjectNode value(Term term) {
		ObjectNode value = JSON.createObjectNode();
		if (term instanceof Iri iri) {
			return value.put("@id", iri.value());
		}
		Literal literal = (Literal) term;
		value.put("@value", literal.lexical());
		if (literal.language() != null) {
			value.put("@language", literal.language());
		}
		else if (literal.datatype() != null) {
			value.put("@type", compact(literal.datatype()));
		}
		return value;
	}

	/** {@code dcat:Dataset} for IRIs in a known namespace, the full IRI otherwise. */
	private static String compact(String iri) {
		for (Map.Entry<String, String> prefix : RdfGraph.PREFIXES.entrySet()) {
			if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length()) {
				return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
			}
		}
		return iri;
	}
}
