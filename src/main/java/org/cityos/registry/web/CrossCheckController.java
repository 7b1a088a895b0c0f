package org.cityos.registry.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.cityos.registry.verification.CheckRuleSet;
import org.cityos.registry.verification.CheckRuleSets;
import org.cityos.registry.verification.CrossCheck;
import org.cityos.registry.verification.CrossCheck.Run;
import org.cityos.platform.Spreadsheets;
import org.cityos.registry.verification.RuleSetAdministration;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 核查 over HTTP: the rule sets (the bureau edits them), running a check on a list of ID
 * numbers (JSON, or plain text with one number per line), and the runs kept (CSV download).
 */
@RestController
@RequestMapping("/api/registry/checks")
class CrossCheckController {

	private final CheckRuleSets ruleSets;

	private final RuleSetAdministration administration;

	private final CrossCheck crossCheck;

	CrossCheckController(CheckRuleSets ruleSets, RuleSetAdministration administration, CrossCheck crossCheck) {
		this.ruleSets = ruleSets;
		this.administration = administration;
		this.crossCheck = crossCheck;
	}

	record CheckRequest(@Nullable String purpose, @NotNull List<String> applicants) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STEWARD')")
	List<CheckRuleSet> ruleSets() {
		return ruleSets.all();
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	CheckRuleSet define(@PathVariable String code, @RequestBody CheckRuleSet ruleSet) {
		if (!code.equals(ruleSet.code())) {
			throw InvalidInputException.ofField("code", "The rule set's code '" + ruleSet.code()
					+ "' differs from the path's '" + code + "'");
		}
		return administration.define(ruleSet);
	}

	@PostMapping(path = "/{code}/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	Run run(@PathVariable String code, @Valid @RequestBody CheckRequest request,
			@AuthenticationPrincipal CityPrincipal caller) {
		return crossCheck.run(code, request.applicants(), request.purpose(), caller);
	}

	/** A list pasted or exported from a spreadsheet: one ID number per line; a header line is skipped. */
	@PostMapping(path = "/{code}/runs", consumes = { MediaType.TEXT_PLAIN_VALUE, "text/csv" })
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	Run runList(@PathVariable String code, @RequestParam(required = false) @Nullable String purpose,
			@RequestBody String list, @AuthenticationPrincipal CityPrincipal caller) {
		List<String> lines = Arrays.stream(list.split("\\R")).map(line -> line.split(",", 2)[0].strip())
			.filter(line -> !line.isEmpty()).toList();
		if (!lines.isEmpty() && !Character.isDigit(lines.get(0).charAt(0))) {
			lines = lines.subList(1, lines.size());
		}
		return crossCheck.run(code, lines, purpose, caller);
	}

	@GetMapping("/runs")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	List<?> runs(@AuthenticationPrincipal CityPrincipal caller) {
		return crossCheck.recent(caller);
	}

	@GetMapping("/runs/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	Run runById(@PathVariable UUID id, @AuthenticationPrincipal CityPrincipal caller) {
		return crossCheck.find(id, caller);
	}

	@GetMapping("/runs/{id}/export.csv")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @AuthenticationPrincipal CityPrincipal caller) {
		Run run = crossCheck.find(id, caller);
		List<List<@Nullable Object>> rows = run.results().stream()
			.map(r -> List.<@Nullable Object>of(r.idNumber(), r.verdict().name(), String.join("；", r.explanations())))
			.toList();
		byte[] csv = Spreadsheets.csv(List.of("身份证号", "核查结论", "说明"), rows);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"check-" + run.id() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}
}
