package org.cityos.scorecard.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.cityos.directory.Departments;
import org.cityos.scorecard.assessment.AssessmentPeriod;
import org.cityos.scorecard.assessment.DepartmentFacts;
import org.cityos.scorecard.assessment.DepartmentScore;
import org.cityos.scorecard.assessment.Indicator;
import org.cityos.scorecard.assessment.Scorecards;
import org.cityos.scorecard.assessment.Scorecards.Ranking;
import org.cityos.scorecard.assessment.Weights;
import org.cityos.platform.Spreadsheets;
import org.cityos.shared.CityPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 考核 over HTTP. The big data bureau (ADMIN), leaders and auditors see every department; a
 * steward sees its own department's line (with its rank among all) and trend, never another
 * department's figures — see {@link ScorecardScope}.
 */
@RestController
@RequestMapping("/api/scorecard")
class ScorecardController {

	private static final String READERS = "hasAnyRole('ADMIN', 'LEADER', 'AUDITOR', 'STEWARD')";

	private final Scorecards scorecards;

	private final Departments departments;

	ScorecardController(Scorecards scorecards, Departments departments) {
		this.scorecards = scorecards;
		this.departments = departments;
	}

	record IndicatorView(Indicator code, String label, double weight) {
	}

	record LineView(int rank, String departmentCode, @Nullable String departmentName, double total,
			Map<Indicator, @Nullable Double> scores, DepartmentFacts facts) {
	}

	/** {@code ranked}: how many departments the period ranks, also when {@code lines} shows only the caller's. */
	record RankingView(String period, AssessmentPeriod.Kind kind, Instant from, Instant to, Instant computedAt,
			boolean complete, int ranked, List<IndicatorView> indicators, List<LineView> lines) {
	}

	record TrendPointView(String period, boolean assessed, @Nullable Integer rank, int ranked, @Nullable Double total,
			@Nullable Map<Indicator, @Nullable Double> scores, @Nullable DepartmentFacts facts) {
	}

	record TrendView(String departmentCode, String departmentName, AssessmentPeriod.Kind kind,
			List<TrendPointView> points) {
	}

	@GetMapping
	@PreAuthorize(READERS)
	RankingView ranking(@RequestParam(required = false) @Nullable String period,
			@AuthenticationPrincipal CityPrincipal caller) {
		ScorecardScope scope = ScorecardScope.of(caller);
		return view(scorecards.ranking(period(period)), scope);
	}

	@PostMapping("/recompute")
	@PreAuthorize("hasRole('ADMIN')")
	RankingView recompute(@RequestParam(required = false) @Nullable String period,
			@AuthenticationPrincipal CityPrincipal caller) {
		return view(scorecards.recompute(period(period)), ScorecardScope.of(caller));
	}

	@GetMapping("/departments/{code}")
	@PreAuthorize(READERS)
	TrendView trend(@PathVariable String code, @RequestParam(required = false) @Nullable String period,
			@RequestParam(defaultValue = "6") int periods, @AuthenticationPrincipal CityPrincipal caller) {
		ScorecardScope.of(caller).requireMaySee(code);
		String name = departments.require(code).name();
		AssessmentPeriod last = period(period);
		List<TrendPointView> points = scorecards.trend(code, last, periods).stream()
			.map(p -> p.line() == null
					? new TrendPointView(p.period().toString(), false, null, p.ranked(), null, null, null)
					: new TrendPointView(p.period().toString(), true, p.line().rank(), p.ranked(), p.line().total(),
							p.line().scores(), p.line().facts()))
			.toList();
		return new TrendView(code, name, last.kind(), points);
	}

	@GetMapping("/weights")
	@PreAuthorize(READERS)
	Map<Indicator, Double> weights() {
		return scorecards.weights().values();
	}

	/** Body: every indicator's weight, as GET answers them ({@code {"RESOURCES": 10, ...}}). */
	@PutMapping("/weights")
	@PreAuthorize("hasRole('ADMIN')")
	Map<Indicator, Double> replaceWeights(@RequestBody Map<String, @Nullable Double> weights,
			@AuthenticationPrincipal CityPrincipal caller) {
		return scorecards.replaceWeights(Weights.parse(weights), caller.username()).values();
	}

	@GetMapping("/export.csv")
	@PreAuthorize(READERS)
	void exportCsv(@RequestParam(required = false) @Nullable String period, @AuthenticationPrincipal CityPrincipal caller,
			HttpServletResponse response) throws IOException {
		Ranking ranking = scorecards.ranking(period(period));
		ScorecardTable table = table(ranking, ScorecardScope.of(caller));
		attachment(response, "text/csv;charset=UTF-8", "scorecard-" + ranking.period() + ".csv");
		Spreadsheets.csv(table.header(), table.rows(), response.getOutputStream());
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize(READERS)
	void exportXlsx(@RequestParam(required = false) @Nullable String period, @AuthenticationPrincipal CityPrincipal caller,
			HttpServletResponse response) throws IOException {
		Ranking ranking = scorecards.ranking(period(period));
		ScorecardTable table = table(ranking, ScorecardScope.of(caller));
		attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"scorecard-" + ranking.period() + ".xlsx");
		Spreadsheets.xlsx(ranking.period().toString(), table.header(), table.rows(), response.getOutputStream());
	}

	private AssessmentPeriod period(@Nullable String text) {
		return text == null || text.isBlank() ? scorecards.current(AssessmentPeriod.Kind.MONTH) : AssessmentPeriod.parse(text);
	}

	private RankingView view(Ranking ranking, ScorecardScope scope) {
		Map<String, String> names = departments.names();
		List<IndicatorView> indicators = ranking.weights().values().entrySet().stream()
			.map(e -> new IndicatorView(e.getKey(), e.getKey().label(), e.getValue())).toList();
		List<LineView> lines = scope.visible(ranking.lines()).stream()
			.map(l -> new LineView(l.rank(), l.departmentCode(), names.get(l.departmentCode()), l.total(), l.scores(),
					l.facts()))
			.toList();
		return new RankingView(ranking.period().toString(), ranking.period().kind(), ranking.from(), ranking.to(),
				ranking.computedAt(), ranking.complete(), ranking.lines().size(), indicators, lines);
	}

	private ScorecardTable table(Ranking ranking, ScorecardScope scope) {
		List<DepartmentScore> lines = scope.visible(ranking.lines());
		return ScorecardTable.of(lines, departments.names());
	}

	private static void attachment(HttpServletResponse response, String contentType, String filename) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
	}
}
