package org.cityos.catalog.open;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityos.catalog.OpenType;
import org.cityos.catalog.Resource;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.catalog.sharing.SharedResources;
import org.cityos.catalog.sharing.SharedResources.Entry;
import org.cityos.directory.Departments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The catalog published as DCAT-AP 3: one {@code dcat:Catalog}, a {@code dcat:Dataset} per
 * resource — every resource, since the catalog itself is public information; what may be read is
 * stated by {@code dct:accessRights} (EU access-right vocabulary, from the open type) and a
 * {@code dct:rights} statement of the sharing type and its condition or legal basis. Open
 * resources carry a {@code dcat:Distribution} whose access URL is their open records endpoint.
 * Titles and descriptions keep their Chinese with {@code @zh} tags; providers are
 * {@code foaf:Agent}s; subjects become EU data themes and keywords; update cycles EU frequencies.
 */
@Component
@EnableConfigurationProperties(DcatProperties.class)
public class DcatCatalog {

	private static final String EU = "http://publications.europa.eu/resource/authority/";

	private final SharedResources resources;

	private final Departments departments;

	private final DcatProperties properties;

	DcatCatalog(SharedResources resources, Departments departments, DcatProperties properties) {
		this.resources = resources;
		this.departments = departments;
		this.properties = properties;
	}

	public String turtle(String baseUrl) {
		return TurtleFormat.write(graph(baseUrl));
	}

	public String jsonLd(String baseUrl) {
		return JsonLdFormat.write(graph(baseUrl));
	}

	RdfGraph graph(String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		List<Entry> entries = resources.all();
		Map<String, String> names = departments.names();
		RdfGraph graph = new RdfGraph();
		String catalog = base + "/open/catalog";
		graph.type(catalog, "dcat:Catalog")
			.text(catalog, "dct:title", properties.title(), "zh")
			.text(catalog, "dct:description", properties.description(), "zh")
			.add(catalog, "dct:publisher", RdfGraph.iri(agent(base, properties.publisherCode())))
			.add(catalog, "dct:language", RdfGraph.iri(EU + "language/ZHO"))
			.add(catalog, "foaf:homepage", RdfGraph.iri(base + "/"));
		entries.stream().map(e -> e.resource().updatedAt()).max(Comparator.naturalOrder())
			.ifPresent(modified -> graph.typed(catalog, "dct:modified", dateTime(modified), "xsd:dateTime"));
		entries.forEach(e -> graph.add(catalog, "dcat:dataset", RdfGraph.iri(dataset(base, e.resource()))));
		Set<String> publishers = new LinkedHashSet<>();
		publishers.add(properties.publisherCode());
		for (Entry entry : entries) {
			dataset(graph, base, entry);
			publishers.add(entry.resource().providerCode());
		}
		for (String code : publishers) {
			String agent = agent(base, code);
			graph.type(agent, "foaf:Agent")
				.text(agent, "foaf:name", names.getOrDefault(code, code), names.containsKey(code) ? "zh" : null)
				.text(agent, "dct:identifier", code, null);
		}
		return graph;
	}

	private static void dataset(RdfGraph graph, String base, Entry entry) {
		Resource resource = entry.resource();
		String dataset = dataset(base, resource);
		graph.type(dataset, "dcat:Dataset")
			.text(dataset, "dct:identifier", resource.code().value(), null)
			.text(dataset, "dct:title", resource.name(), "zh")
			.text(dataset, "dct:description", resource.summary().isBlank() ? resource.name() : resource.summary(), "zh")
			.add(dataset, "dct:publisher", RdfGraph.iri(agent(base, resource.providerCode())))
			.text(dataset, "dcat:keyword", resource.subject().label(), "zh");
		theme(resource.subject()).ifPresent(theme -> graph.add(dataset, "dcat:theme", RdfGraph.iri(EU + "data-theme/" + theme)));
		graph.add(dataset, "dct:accrualPeriodicity", RdfGraph.iri(EU + "frequency/" + frequency(resource.updateCycle())))
			.add(dataset, "dct:accessRights", RdfGraph.iri(EU + "access-right/" + accessRight(resource.openType())))
			.typed(dataset, "dct:issued", dateTime(resource.publishedAt()), "xsd:dateTime")
			.typed(dataset, "dct:modified", dateTime(resource.updatedAt()), "xsd:dateTime")
			.text(dataset, "dcat:version", Integer.toString(resource.version()), null);
		String rights = dataset + "#rights";
		graph.add(dataset, "dct:rights", RdfGraph.iri(rights));
		graph.type(rights, "dct:RightsStatement").text(rights, "rdfs:label", rightsText(resource), "zh");
		if (resource.openType() == OpenType.UNCONDITIONAL) {
			String distribution = dataset + "/distribution";
			graph.add(dataset, "dcat:distribution", RdfGraph.iri(distribution));
			graph.type(distribution, "dcat:Distribution")
				.text(distribution, "dct:title", resource.name() + "（开放数据接口）", "zh")
				.add(distribution, "dcat:accessURL", RdfGraph.iri(dataset + "/records"))
				.add(distribution, "dct:format", RdfGraph.iri(EU + "file-type/JSON"))
				.add(distribution, "dcat:mediaType", RdfGraph.iri("https://www.iana.org/assignments/media-types/application/json"));
		}
	}

	private static String rightsText(Resource resource) {
		String sharing = resource.sharingType().label();
		if (resource.sharingType() != SharingType.UNCONDITIONAL && resource.sharingCondition() != null) {
			sharing += "：" + resource.sharingCondition();
		}
		return sharing + "；" + resource.openType().label();
	}

	private static String dataset(String base, Resource resource) {
		return base + "/open/resources/" + resource.code().value();
	}

	private static String agent(String base, String departmentCode) {
		return base + "/open/agents/" + departmentCode;
	}

	private static String dateTime(Instant instant) {
		// xsd:dateTime needs the seconds, which OffsetDateTime.toString() leaves out when they are zero
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(8)));
	}

	/** EU access-right vocabulary. */
	static String accessRight(OpenType openType) {
		return switch (openType) {
			case UNCONDITIONAL -> "PUBLIC";
			case CONDITIONAL -> "RESTRICTED";
			case NOT_OPEN -> "NON_PUBLIC";
		};
	}

	/** EU frequency vocabulary. */
	static String frequency(UpdateCycle cycle) {
		return switch (cycle) {
			case REALTIME -> "UPDATE_CONT";
			case DAILY -> "DAILY";
			case WEEKLY -> "WEEKLY";
			case MONTHLY -> "MONTHLY";
			case QUARTERLY -> "QUARTERLY";
			case HALF_YEARLY -> "ANNUAL_2";
			case YEARLY -> "ANNUAL";
			case OTHER -> "IRREG";
		};
	}

	/** EU data themes; thematic resources (专题) have none of their own, only their keyword. */
	static Optional<String> theme(Subject subject) {
		return Optional.ofNullable(switch (subject) {
			case POPULATION -> "SOCI";
			case LEGAL_ENTITY, MACRO_ECONOMY, CREDIT -> "ECON";
			case SPATIAL -> "REGI";
			case E_LICENSE -> "GOVE";
			case THEMATIC -> null;
		});
	}
}
