package org.cityos.registry.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceRecords;
import org.cityos.shared.CheckResult;
import org.cityos.shared.CitizenIdNumber;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 核查: a list of applicants' ID numbers checked against the facts other departments hold. Each
 * resource a rule set reads is scanned once for all applicants, so ten thousand applicants cost a
 * handful of queries. The run is kept with its results and audited; a list with an invalid ID
 * number is refused whole, naming each bad line.
 */
@Service
public class CrossCheck {

	private static final Logger log = LoggerFactory.getLogger(CrossCheck.class);

	static final int MAX_APPLICANTS = 50_000;

	private static final int PROBLEMS_SHOWN = 50;

	private final CheckRuleSets ruleSets;

	private final RuleSetCheck ruleSetCheck;

	private final ResourceRecords records;

	private final CheckRuns runs;

	private final AuditLog audit;

	CrossCheck(CheckRuleSets ruleSets, RuleSetCheck ruleSetCheck, ResourceRecords records, CheckRuns runs, AuditLog audit) {
		this.ruleSets = ruleSets;
		this.ruleSetCheck = ruleSetCheck;
		this.records = records;
		this.runs = runs;
		this.audit = audit;
	}

	/** A rule left out of a run because the catalog cannot answer it (a resource or item missing). */
	public record Unavailable(String rule, String reason) {
	}

	public record Run(UUID id, String ruleSet, String ruleSetLabel, String actor, String purpose, Instant at,
			int applicants, int eligible, int review, int ineligible, List<Unavailable> unavailable,
			List<ApplicantResult> results) {
	}

	@Transactional
	public Run run(String ruleSetCode, List<String> idNumbers, @Nullable String purpose, CityPrincipal caller) {
		CheckRuleSet ruleSet = ruleSets.require(ruleSetCode);
		requireMayRun(ruleSet, caller);
		if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
			throw InvalidInputException.ofField("purpose",
					"State the purpose of the check (e.g. the application batch), at most 500 characters");
		}
		List<String> applicants = applicants(idNumbers);
		long started = System.nanoTime();
		FactTally tally = new FactTally(ruleSet);
		List<Unavailable> unavailable = new ArrayList<>();
		Map<String, List<CheckRule>> byResource = new LinkedHashMap<>();
		for (CheckRule rule : ruleSet.rules()) {
			Optional<String> why = ruleSetCheck.unavailable(rule);
			if (why.isPresent()) {
				unavailable.add(new Unavailable(rule.code(), why.get()));
			}
			else {
				byResource.computeIfAbsent(rule.resource() + "\u0000" + rule.keyItem(), k -> new ArrayList<>()).add(rule);
			}
		}
		byResource.values().forEach(rules -> readFacts(rules, applicants, tally));
		List<ApplicantResult> results = applicants.stream().map(tally::result).toList();
		int[] counts = new int[Verdict.values().length];
		results.forEach(r -> counts[r.verdict().ordinal()]++);
		Run run = new Run(UUID.randomUUID(), ruleSet.code(), ruleSet.label(), caller.username(), purpose.strip(),
				Instant.now(), applicants.size(), counts[Verdict.ELIGIBLE.ordinal()], counts[Verdict.REVIEW.ordinal()],
				counts[Verdict.INELIGIBLE.ordinal()], unavailable, results);
		runs.save(run, caller.departmentCode());
		audit.record("registry.check.run", ruleSet.code() + ":" + run.id(), AuditOutcome.SUCCESS,
				applicants.size() + " applicants; purpose: " + run.purpose());
		log.info("Cross-check {} of {} applicants in {} ms: {} eligible, {} to review, {} ineligible", ruleSet.code(),
				applicants.size(), (System.nanoTime() - started) / 1_000_000, run.eligible(), run.review(), run.ineligible());
		return run;
	}

	@Transactional // audits the read
	public Run find(UUID id, CityPrincipal caller) {
		Run run = runs.find(id, scope(caller))
			.orElseThrow(() -> new NotFoundException("No cross-check run " + id + " of yours"));
		audit.record("registry.check.read", run.ruleSet() + ":" + id, AuditOutcome.SUCCESS, null);
		return run;
	}

	@Transactional(readOnly = true)
	public List<CheckRuns.Summary> recent(CityPrincipal caller) {
		return runs.recent(scope(caller), 50);
	}

	/** The bureau sees every run (null); a department only its own ("" for none matches nothing). */
	private static @Nullable String scope(CityPrincipal caller) {
		return caller.hasRole(Role.ADMIN) ? null : Optional.ofNullable(caller.departmentCode()).orElse("");
	}

	private void readFacts(List<CheckRule> rules, List<String> applicants, FactTally tally) {
		CheckRule first = rules.get(0);
		Set<String> items = new LinkedHashSet<>();
		rules.forEach(rule -> items.addAll(rule.items()));
		records.forEachRecordWhereIn(new ResourceCode(first.resource()), first.keyItem(), applicants, List.copyOf(items),
				row -> {
					Object key = row.get(first.keyItem());
					if (key != null) {
						rules.forEach(rule -> tally.accept(rule, key.toString(), row));
					}
				});
	}

	/** The ID numbers, valid (15 digits converted to 18), once each in their order; else 400 naming the bad ones. */
	private static List<String> applicants(List<String> idNumbers) {
		if (idNumbers.isEmpty()) {
			throw InvalidInputException.ofField("applicants", "No applicants to check");
		}
		if (idNumbers.size() > MAX_APPLICANTS) {
			throw InvalidInputException.ofField("applicants", "At most " + MAX_APPLICANTS + " applicants per check, got "
					+ idNumbers.size());
		}
		Set<String> applicants = new LinkedHashSet<>();
		List<FieldProblem> problems = new ArrayList<>();
		int bad = 0;
		for (int i = 0; i < idNumbers.size(); i++) {
			String raw = idNumbers.get(i) == null ? "" : idNumbers.get(i).strip();
			CheckResult check = CitizenIdNumber.check(raw);
			if (check.isValid()) {
				applicants.add(CitizenIdNumber.parse(raw).value());
			}
			else if (bad++ < PROBLEMS_SHOWN) {
				problems.add(new FieldProblem("applicants[" + i + "]", "'" + raw + "': " + check.message()));
			}
		}
		if (bad > 0) {
			throw new InvalidInputException(bad + " of " + idNumbers.size()
					+ " ID numbers are not valid citizen ID numbers (GB 11643); nothing was checked", problems);
		}
		return List.copyOf(applicants);
	}

	private static void requireMayRun(CheckRuleSet ruleSet, CityPrincipal caller) {
		if (caller.hasRole(Role.ADMIN)) {
			return;
		}
		if (caller.departmentCode() == null || !ruleSet.departments().contains(caller.departmentCode())) {
			throw new AccessDeniedException("The cross-check " + ruleSet.label() + " is run by " + ruleSet.departments()
					+ " and the big data bureau; you act for " + caller.departmentCode());
		}
	}
}
