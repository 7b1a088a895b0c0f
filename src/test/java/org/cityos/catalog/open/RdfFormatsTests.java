package org.cityos.catalog.open;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The hand-written Turtle and JSON-LD survive text that needs escaping, read back by Apache Jena. */
class RdfFormatsTests {

	private static final String SUBJECT = "http://example.org/open/resources/101001-000001";

	private static final String AWKWARD = "名称 \"引号\" \\反斜杠\n换行\t制表\u0001控制";

	@Test
	void turtleEscapesLiteralsAndIris() {
		RdfGraph graph = graph();

		Model model = RDFParser.fromString(TurtleFormat.write(graph), Lang.TURTLE).toModel();

		assertThat(model.getResource(SUBJECT).getProperty(DCTerms.title).getString()).isEqualTo(AWKWARD);
		assertThat(model.getResource(SUBJECT).getProperty(DCTerms.source).getResource().getURI())
			.isEqualTo("http://example.org/a%20b%3Cc%3E");
	}

	@Test
	void jsonLdHoldsTheSameTriplesAsTurtle() {
		RdfGraph graph = graph();

		Model turtle = RDFParser.fromString(TurtleFormat.write(graph), Lang.TURTLE).toModel();
		Model jsonLd = RDFParser.fromString(JsonLdFormat.write(graph), Lang.JSONLD).toModel();

		assertThat(jsonLd.size()).isEqualTo(4);
		assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
	}

	private static RdfGraph graph() {
		return new RdfGraph().type(SUBJECT, "dcat:Dataset")
			.text(SUBJECT, "dct:title", AWKWARD, "zh")
			.typed(SUBJECT, "dct:issued", "2026-11-24T09:00:00+08:00", "xsd:dateTime")
			.add(SUBJECT, "dct:source", RdfGraph.iri("http://example.org/a b<c>"));
	}
}
