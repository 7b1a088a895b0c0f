package org.cityos.sensing.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityos.sensing.mqtt.MqttEndpoint;
import org.cityos.sensing.sta.DataArrayJson;
import org.cityos.sensing.sta.EntityJson;
import org.cityos.sensing.sta.EntityReader;
import org.cityos.sensing.sta.EntityRow;
import org.cityos.sensing.sta.EntityType;
import org.cityos.sensing.sta.EntityWrites;
import org.cityos.sensing.sta.ResourcePath;
import org.cityos.sensing.sta.ResourcePath.Collection;
import org.cityos.sensing.sta.ResourcePath.Entity;
import org.cityos.sensing.sta.ResourcePath.PropertyValue;
import org.cityos.sensing.sta.ResourcePath.Reference;
import org.cityos.sensing.sta.ResourcePath.Target;
import org.cityos.sensing.sta.query.QueryOptions;
import org.cityos.sensing.storage.DatastreamDirectory;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OGC SensorThings API 1.1 at {@code /sta/v1.1} (and the same at {@code /sta/v1.0}): one
 * catch-all handler per HTTP method, the path resolved by {@link ResourcePath}. Reading needs a
 * login or an API token (any role: sensor data is city-internal, not open data); writing needs an
 * ADMIN or a department system's token (SYSTEM: a gateway). Observations created here go through
 * the observation writer: the 201 comes after commit, a full queue answers 503 with Retry-After.
 */
@RestController
@RequestMapping({ "/sta/v1.1", "/sta/v1.0" })
class SensorThingsController {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String WRITE = "hasAnyRole('ADMIN','SYSTEM')";

	/** {@link #WRITE} for {@link #postObservation}, which is not behind method security. */
	private static final AuthorizationManager<HttpServletRequest> WRITERS = AuthorityAuthorizationManager.hasAnyRole("ADMIN", "SYSTEM");

	/** {@code Observations} or {@code Datastreams(id)/Observations}: where single Observations are posted. */
	private static final Pattern OBSERVATIONS = Pattern.compile("(?:Datastreams\\((\\d{1,18})\\)/)?Observations");

	private static final Pattern DATASTREAM_OBSERVATIONS = Pattern.compile("Datastreams\\((\\d{1,18})\\)/Observations");

	private final EntityReader reader;

	private final EntityJson json;

	private final EntityWrites writes;

	private final ObservationCreation observations;

	private final ObjectProvider<MqttEndpoint> mqtt;

	private final DatastreamDirectory datastreams;

	SensorThingsController(EntityReader reader, EntityJson json, EntityWrites writes, ObservationCreation observations,
			ObjectProvider<MqttEndpoint> mqtt, DatastreamDirectory datastreams) {
		this.datastreams = datastreams;
		this.reader = reader;
		this.json = json;
		this.writes = writes;
		this.observations = observations;
		this.mqtt = mqtt;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("isAuthenticated()")
	ObjectNode root(HttpServletRequest request) {
		String base = base(request);
		ObjectNode root = NODES.objectNode();
		ArrayNode sets = root.putArray("value");
		for (EntityType type : EntityType.values()) {
			sets.addObject().put("name", type.set()).put("url", base + "/" + type.set());
		}
		ObjectNode settings = root.putObject("serverSettings");
		ArrayNode conformance = settings.putArray("conformance");
		for (String c : List.of("http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/receive-updates-via-mqtt/receive-updates")) {
			conformance.add(c);
		}
		MqttEndpoint endpoint = mqtt.getIfAvailable();
		if (endpoint != null && endpoint.url() != null) {
			settings.putObject("http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation")
				.putArray("endpoints").add(endpoint.url());
			settings.putObject("http://www.opengis.net/spec/iot_sensing/1.1/req/receive-updates-via-mqtt/receive-updates")
				.putArray("endpoints").add(endpoint.url());
		}
		return root;
	}

	/** Writes its answer itself: Spring MVC's return-value handling cost more than a latest-100 read's own JSON. */
	@GetMapping("/**")
	@PreAuthorize("isAuthenticated()")
	void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
		DirectAnswers.write(answer(request), response);
	}

	private ResponseEntity<?> answer(HttpServletRequest request) {
		String base = base(request);
		QueryOptions options = QueryOptions.parse(parameters(request));
		Target target = target(path(request));
		boolean dataArray = dataArray(options, target);
		if (target instanceof Collection collection) {
			EntityReader.Page page = reader.query(collection.type(), collection.condition(), collection.parameters(), options);
			ObjectNode body = NODES.objectNode();
			if (page.count() != null) {
				body.put("@iot.count", page.count());
			}
			if (page.more()) {
				body.put("@iot.nextLink", nextLink(request, options));
			}
			if (dataArray) {
				body.set("value", DataArrayJson.groups(page.rows(), options.select(), base));
				return json(body);
			}
			ArrayNode values = body.putArray("value");
			page.rows().forEach(row -> values.add(json.entity(row, options, base)));
			return json(body);
		}
		if (target instanceof Entity entity) {
			return json(json.entity(entity.row(), options, base));
		}
		if (target instanceof PropertyValue property) {
			EntityRow row = property.row();
			JsonNode value = property.property().equals("id") ? NODES.numberNode(row.id())
					: EntityJson.value(row.values().get(property.property()));
			if (property.raw()) {
				if (value.isNull()) {
					return ResponseEntity.noContent().build();
				}
				return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
					.body(value.isString() ? value.asString() : value.toString());
			}
			if (value.isNull()) {
				return ResponseEntity.noContent().build();
			}
			return json(NODES.objectNode().set(property.property(), value));
		}
		Reference reference = (Reference) target;
		if (reference.of() instanceof Entity entity) {
			return json(NODES.objectNode().put("@iot.selfLink", selfLink(base, entity.row())));
		}
		Collection collection = (Collection) reference.of();
		EntityReader.Page page = reader.query(collection.type(), collection.condition(), collection.parameters(), options);
		ObjectNode body = NODES.objectNode();
		if (page.count() != null) {
			body.put("@iot.count", page.count());
		}
		if (page.more()) {
			body.put("@iot.nextLink", nextLink(request, options));
		}
		ArrayNode values = body.putArray("value");
		page.rows().forEach(row -> values.addObject().put("@iot.selfLink", selfLink(base, row)));
		return json(body);
	}

	@PostMapping(path = "/**", consumes = MediaType.ALL_VALUE)
	@PreAuthorize(WRITE)
	ResponseEntity<?> create(HttpServletRequest request, @RequestBody JsonNode body) {
		String base = base(request);
		String path = path(request);
		if (path.equals("CreateObservations")) {
			return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(observations.createMany(body, base));
		}
		Matcher single = OBSERVATIONS.matcher(path);
		if (single.matches() && !needsDeepInsert(body)) {
			// The hot path of sensors posting one Observation each: the datastream comes from the ingest
			// cache instead of resolving the path against the database (a read per request).
			Long datastream = single.group(1) == null ? null : requireDatastream(Long.parseLong(single.group(1)));
			EntityRow written = observations.createOne(body, datastream);
			return ResponseEntity.status(HttpStatus.CREATED).header("Location", selfLink(base, written))
				.contentType(MediaType.APPLICATION_JSON).body(json.entity(written, QueryOptions.none(), base));
		}
		Target target = ResourcePath.resolve(path, reader);
		if (!(target instanceof Collection collection)) {
			throw new InvalidInputException("POST goes to an entity set or a navigation to many, such as Things or Things(1)/Datastreams");
		}
		long id = writes.create(collection.type(), body, collection.parent());
		EntityRow row = reader.byId(collection.type(), id).orElseThrow();
		String self = selfLink(base, row);
		return ResponseEntity.status(HttpStatus.CREATED).header("Location", self).contentType(MediaType.APPLICATION_JSON)
			.body(json.entity(row, QueryOptions.none(), base));
	}

	/**
	 * POST of one Observation to {@code Datastreams(id)/Observations}, the request every sensor
	 * without a gateway sends: {@link SensorThingsHandlerMapping} routes it here, past Spring MVC's
	 * body conversion and content negotiation and past the SpEL evaluation of
	 * {@code @PreAuthorize} — together a third of the request's CPU. The rule is {@link #create}'s
	 * ({@link #WRITERS}), checked first; the answers, errors included, are the same.
	 */
	void postObservation(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (!WRITERS.authorize(() -> caller, request).isGranted()) {
			throw new AccessDeniedException("Only admins and department systems (API tokens) write sensor data.");
		}
		DirectAnswers.write(create(request, DirectAnswers.jsonBody(request)), response);
	}

	/** Whether Observations are asked for as a DataArray; any other {@code $resultFormat} is refused rather than ignored. */
	private static boolean dataArray(QueryOptions options, Target target) {
		String format = options.resultFormat();
		if (format == null) {
			return false;
		}
		if (format.equalsIgnoreCase(DataArrayJson.FORMAT) && target instanceof Collection collection
				&& collection.type() == EntityType.OBSERVATION) {
			return true;
		}
		throw new InvalidInputException("$resultFormat=" + format + " is not supported: only dataArray, on a collection of Observations");
	}

	/**
	 * The resource a path names. A Datastream's Observations, the most frequent read (a chart's or
	 * a screen's latest values), take the Datastream's existence from the ingest cache instead of
	 * reading its row.
	 */
	private Target target(String path) {
		Matcher observations = DATASTREAM_OBSERVATIONS.matcher(path);
		if (observations.matches()) {
			return ResourcePath.observationsOf(requireDatastream(Long.parseLong(observations.group(1))));
		}
		return ResourcePath.resolve(path, reader);
	}

	/** A Datastream's existence from the ingest cache: no read of its row. */
	private long requireDatastream(long id) {
		if (datastreams.find(id).isEmpty()) {
			throw new NotFoundException("Datastream " + id + " does not exist");
		}
		return id;
	}

	@PatchMapping(path = "/**", consumes = MediaType.ALL_VALUE)
	@PreAuthorize(WRITE)
	ResponseEntity<?> update(HttpServletRequest request, @RequestBody JsonNode body) {
		Target target = ResourcePath.resolve(path(request), reader);
		if (!(target instanceof Entity entity)) {
			throw new InvalidInputException("PATCH goes to one entity, such as Things(1)");
		}
		writes.update(entity.row().type(), entity.row().id(), body);
		EntityRow row = reader.byId(entity.row().type(), entity.row().id()).orElseThrow();
		return json(json.entity(row, QueryOptions.none(), base(request)));
	}

	@DeleteMapping("/**")
	@PreAuthorize(WRITE)
	ResponseEntity<?> delete(HttpServletRequest request) {
		Target target = ResourcePath.resolve(path(request), reader);
		if (!(target instanceof Entity entity)) {
			throw new InvalidInputException("DELETE goes to one entity, such as Things(1)");
		}
		writes.delete(entity.row().type(), entity.row().id());
		return ResponseEntity.ok().build();
	}

	/**
	 * An Observation with a Datastream or a FeatureOfInterest written inline: created in one
	 * transaction with it, so an Observation refused by the checks leaves no new entity behind.
	 */
	private static boolean needsDeepInsert(JsonNode body) {
		return inline(body.get("Datastream")) || inline(body.get("FeatureOfInterest"));
	}

	private static boolean inline(@Nullable JsonNode link) {
		return link != null && link.isObject() && !link.has("@iot.id");
	}

	private static ResponseEntity<JsonNode> json(JsonNode body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static String selfLink(String base, EntityRow row) {
		return base + "/" + row.type().set() + "(" + row.id() + ")";
	}

	private static String base(HttpServletRequest request) {
		String version = request.getRequestURI().contains("/sta/v1.0") ? "v1.0" : "v1.1";
		return ServletUriComponentsBuilder.fromContextPath(request).path("/sta/" + version).build().toUriString();
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		String rest = uri.length() > "/sta/v1.1".length() ? uri.substring("/sta/v1.1/".length()) : "";
		if (rest.endsWith("/")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		return URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static Map<String, String> parameters(HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
		return parameters;
	}

	private static String nextLink(HttpServletRequest request, QueryOptions options) {
		int top = options.top() == null ? EntityReader.DEFAULT_TOP : Math.min(options.top(), EntityReader.MAX_TOP);
		ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromRequest(request);
		builder.replaceQueryParam("$top", top);
		builder.replaceQueryParam("$skip", options.skip() + top);
		return builder.build().toUriString();
	}

	static NotFoundException notFound(String message) {
		return new NotFoundException(message);
	}
}
