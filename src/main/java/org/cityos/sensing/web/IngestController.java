package org.cityos.sensing.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityos.sensing.storage.NewObservation;
import org.cityos.sensing.storage.ObservationChecks;
import org.cityos.sensing.storage.RejectedObservation;
import org.cityos.sensing.storage.StoredObservation;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The compact batch endpoint for department gateways: {@code {"datastream": 12, "observations":
 * [["2026-05-01T08:00:00Z", 41.5], ...]}} (or an array of such), or CSV lines
 * {@code datastream,phenomenonTime,result}. All observations are checked first; one bad one refuses
 * the whole request (400, each problem listed), so a batch is never half stored. The answer comes
 * after commit: {@code received}, {@code created}, {@code duplicates} (already stored, unchanged).
 */
@RestController
class IngestController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObservationChecks checks;

	private final ObservationCreation creation;

	IngestController(ObservationChecks checks, ObservationCreation creation) {
		this.checks = checks;
		this.creation = creation;
	}

	@PostMapping(path = "/api/sensing/ingest", consumes = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@PreAuthorize("hasAnyRole('ADMIN','SYSTEM')")
	Map<String, Object> ingest(@RequestBody String body,
			@org.springframework.web.bind.annotation.RequestHeader(name = "Content-Type", defaultValue = "application/json") String contentType) {
		List<NewObservation> observations = contentType.startsWith("text/csv") ? csv(body) : json(body);
		List<StoredObservation> stored = creation.createBatch(observations);
		long created = stored.stream().filter(StoredObservation::created).count();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("received", stored.size());
		answer.put("created", created);
		answer.put("duplicates", stored.size() - created);
		return answer;
	}

	private List<NewObservation> json(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("The body is not JSON: " + ex.getMessage());
		}
		List<JsonNode> groups = new ArrayList<>();
		if (root != null && root.isArray()) {
			root.forEach(groups::add);
		}
		else if (root != null && root.isObject()) {
			groups.add(root);
		}
		else {
			throw new InvalidInputException("Expected {\"datastream\": id, \"observations\": [[time, value], ...]} or an array of them");
		}
		int total = groups.stream().mapToInt(g -> g.path("observations").size()).sum();
		creation.checkSize(total);
		List<NewObservation> observations = new ArrayList<>(total);
		List<FieldProblem> problems = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			JsonNode group = groups.get(g);
			if (!group.path("datastream").canConvertToLong() || !group.path("observations").isArray()) {
				problems.add(new FieldProblem("[" + g + "]", "needs a numeric datastream and an observations array"));
				continue;
			}
			long datastream = group.get("datastream").asLong();
			int i = 0;
			for (JsonNode pair : group.get("observations")) {
				String field = "[" + g + "].observations[" + i++ + "]";
				try {
					if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isString()) {
						throw new RejectedObservation("must be [\"ISO 8601 time\", value]");
					}
					observations.add(checks.check(datastream, ObservationChecks.parse(pair.get(0).asString(), "phenomenonTime"), null,
							null, pair.get(1), null, null, null, null, null));
				}
				catch (RejectedObservation ex) {
					add(problems, field, ex.getMessage());
				}
			}
		}
		refuseIfAny(problems);
		return observations;
	}

	private List<NewObservation> csv(String body) {
		String[] lines = body.split("\r?\n");
		creation.checkSize(lines.length);
		List<NewObservation> observations = new ArrayList<>(lines.length);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("datastream"))) {
				continue;
			}
			String field = "line " + (i + 1);
			try {
				String[] cells = line.split(",", -1);
				if (cells.length != 3) {
					throw new RejectedObservation("needs datastream,phenomenonTime,result");
				}
				long datastream;
				try {
					datastream = Long.parseLong(cells[0].strip());
				}
				catch (NumberFormatException ex) {
					throw new RejectedObservation("datastream is not a number: " + cells[0]);
				}
				Instant time = ObservationChecks.parse(cells[1], "phenomenonTime");
				observations.add(checks.check(datastream, time, null, null, cell(cells[2].strip()), null, null, null, null, null));
			}
			catch (RejectedObservation ex) {
				add(problems, field, ex.getMessage());
			}
		}
		refuseIfAny(problems);
		return observations;
	}

	/** A CSV cell as JSON: a number when it reads as one, true/false, else a string. */
	private static JsonNode cell(String text) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (text.equals("true") || text.equals("false")) {
			return nodes.booleanNode(Boolean.parseBoolean(text));
		}
		try {
			double value = Double.parseDouble(text);
			if (!Double.isNaN(value) && !Double.isInfinite(value)) {
				return nodes.numberNode(value);
			}
		}
		catch (NumberFormatException ex) {
			// a category or text result
		}
		return nodes.stringNode(text);
	}

	private static void add(List<FieldProblem> problems, String field, String message) {
		if (problems.size() < 100) {
			problems.add(new FieldProblem(field, message));
		}
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException("Nothing was stored: " + problems.get(0).field() + ": " + problems.get(0).message()
					+ (problems.size() > 1 ? " (and more, see errors)" : ""), problems);
		}
	}
}
