package org.cityos.cases.web;

import java.util.ArrayList;
import java.util.List;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.cases.Categories;
import org.cityos.cases.Category;
import org.cityos.cases.CategoryKind;
import org.cityos.cases.DispatchRules;
import org.cityos.cases.DispatchRules.DispatchRule;
import org.cityos.cases.LimitUnit;
import org.cityos.cases.TimeLimits;
import org.cityos.cases.TimeLimits.TimeLimit;
import org.cityos.cases.Urgency;
import org.cityos.directory.Departments;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The cases' data an admin keeps: the category tree, the dispatch rules, the time limits. Changes are audited. */
@RestController
class CaseAdminController {

	private final Categories categories;

	private final DispatchRules rules;

	private final TimeLimits limits;

	private final Departments departments;

	private final AuditLog audit;

	CaseAdminController(Categories categories, DispatchRules rules, TimeLimits limits, Departments departments,
			AuditLog audit) {
		this.categories = categories;
		this.rules = rules;
		this.limits = limits;
		this.departments = departments;
		this.audit = audit;
	}

	record CategoryBody(@Nullable @Size(max = 16) String parentCode, @NotNull CategoryKind kind,
			@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 500) String description,
			@Nullable @Size(max = 500) String keywords, @Nullable Boolean active, @Nullable Integer position,
			@Nullable List<@NotBlank @Size(max = 32) String> aliases) {
	}

	record RuleBody(@Nullable String categoryCode, @Nullable @Size(max = 20) String areaCode,
			@NotBlank String departmentCode, @Min(0) int priority, @Nullable @Size(max = 200) String note) {
	}

	record LimitBody(@Nullable String categoryCode, @Nullable Urgency urgency, @Min(1) @Max(10000) int amount,
			@NotNull LimitUnit unit, @Min(1) @Max(99) int yellowPercent) {
	}

	@GetMapping("/api/cases/categories")
	@PreAuthorize("isAuthenticated()")
	List<Category> categories() {
		return categories.all();
	}

	@PutMapping("/api/cases/admin/categories/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Category saveCategory(@PathVariable String code, @Valid @RequestBody CategoryBody body) {
		String c = code.trim().toUpperCase(java.util.Locale.ROOT);
		if (!c.matches("[A-Z][A-Z0-9]{1,15}")) {
			throw InvalidInputException.ofField("code", "a letter and up to 15 letters or digits, e.g. E0107");
		}
		if (body.parentCode() != null) {
			Category parent = categories.find(body.parentCode())
				.orElseThrow(() -> InvalidInputException.ofField("parentCode", "no category " + body.parentCode()));
			if (!parent.isMajor()) {
				throw InvalidInputException.ofField("parentCode", "the tree has two levels: the parent must be a major class");
			}
		}
		Category category = new Category(c, body.parentCode(), body.kind(), body.name().trim(), body.description(),
				body.keywords(), body.active() == null || body.active(), body.position() == null ? 0 : body.position(),
				body.aliases() == null ? List.of() : body.aliases());
		categories.save(category);
		audit.record("cases.category.saved", "category " + c, AuditOutcome.SUCCESS, category.name());
		return categories.find(c).orElseThrow();
	}

	@GetMapping("/api/cases/admin/dispatch-rules")
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	List<DispatchRule> dispatchRules() {
		return rules.all();
	}

	@PutMapping("/api/cases/admin/dispatch-rules")
	@PreAuthorize("hasRole('ADMIN')")
	List<DispatchRule> replaceDispatchRules(@Valid @RequestBody List<@Valid RuleBody> body) {
		List<FieldProblem> problems = new ArrayList<>();
		List<DispatchRule> replaced = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			RuleBody r = body.get(i);
			if (r.categoryCode() != null && categories.find(r.categoryCode()).isEmpty()) {
				problems.add(new FieldProblem("[" + i + "].categoryCode", "no category " + r.categoryCode()));
			}
			if (!departments.exists(r.departmentCode())) {
				problems.add(new FieldProblem("[" + i + "].departmentCode", "no department " + r.departmentCode()));
			}
			replaced.add(new DispatchRule(null, r.categoryCode(), blankToNull(r.areaCode()), r.departmentCode(),
					r.priority(), r.note()));
		}
		fail(problems);
		rules.replaceAll(replaced);
		audit.record("cases.dispatch-rules.replaced", "dispatch rules", AuditOutcome.SUCCESS, replaced.size() + " rules");
		return rules.all();
	}

	@GetMapping("/api/cases/admin/time-limits")
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	List<TimeLimit> timeLimits() {
		return limits.all();
	}

	@PutMapping("/api/cases/admin/time-limits")
	@PreAuthorize("hasRole('ADMIN')")
	List<TimeLimit> replaceTimeLimits(@Valid @RequestBody List<@Valid LimitBody> body) {
		List<FieldProblem> problems = new ArrayList<>();
		List<TimeLimit> replaced = new ArrayList<>();
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (int i = 0; i < body.size(); i++) {
			LimitBody l = body.get(i);
			if (l.categoryCode() != null && categories.find(l.categoryCode()).isEmpty()) {
				problems.add(new FieldProblem("[" + i + "].categoryCode", "no category " + l.categoryCode()));
			}
			if (!keys.add(l.categoryCode() + "/" + l.urgency())) {
				problems.add(new FieldProblem("[" + i + "]", "a second limit for the same category and urgency"));
			}
			replaced.add(new TimeLimit(null, l.categoryCode(), l.urgency(), l.amount(), l.unit(), l.yellowPercent()));
		}
		if (replaced.stream().noneMatch(l -> l.categoryCode() == null && l.urgency() == null)) {
			problems.add(new FieldProblem("[]", "keep a default limit (no category, no urgency)"));
		}
		fail(problems);
		limits.replaceAll(replaced);
		audit.record("cases.time-limits.replaced", "time limits", AuditOutcome.SUCCESS, replaced.size() + " limits");
		return limits.all();
	}

	private static void fail(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream().map(p -> p.field() + ": " + p.message())
				.reduce((a, b) -> a + "; " + b).orElseThrow(), problems);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
