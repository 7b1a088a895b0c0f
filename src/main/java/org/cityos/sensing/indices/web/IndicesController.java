package org.cityos.sensing.indices.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cityos.sensing.indices.AirQualityIndex;
import org.cityos.sensing.indices.AqiCategory;
import org.cityos.sensing.indices.AqiItem;
import org.cityos.sensing.indices.AqiReport;
import org.cityos.sensing.indices.AqiResult;
import org.cityos.sensing.indices.AqiStandard;
import org.cityos.sensing.indices.NoiseLevels;
import org.cityos.sensing.indices.NoiseSample;
import org.cityos.sensing.indices.NoiseZone;
import org.cityos.sensing.indices.PeriodNoise;
import org.cityos.sensing.indices.SegmentCongestion;
import org.cityos.sensing.indices.TrafficCongestion;
import org.cityos.sensing.indices.TrafficReading;
import org.cityos.sensing.indices.WaterAssessment;
import org.cityos.sensing.indices.WaterBody;
import org.cityos.sensing.indices.WaterClass;
import org.cityos.sensing.indices.WaterParameter;
import org.cityos.sensing.indices.WaterQuality;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Computes the indices for values in the request; stores nothing. Anyone logged in. */
@RestController
@RequestMapping("/api/sensing")
class IndicesController {

	/**
	 * {@code time} dates the data (it picks the HJ 633 version); {@code concentrations} for one
	 * station, or {@code stations} (one map each) for the city-wide index from their means.
	 */
	record AqiRequest(@NotNull OffsetDateTime time, @NotNull AqiReport report,
			@Nullable Map<AqiItem, Double> concentrations, @Nullable @Size(max = 500) List<Map<AqiItem, Double>> stations) {
	}

	record WaterRequest(@NotEmpty Map<WaterParameter, Double> values, @Nullable WaterBody body, @NotNull WaterClass target) {
	}

	record NoiseRequest(@NotNull String zone, @Nullable String timeZone,
			@NotEmpty @Size(max = 100_000) List<@Valid NoiseSample> samples) {
	}

	record StandardView(String code, AqiStandard id, String effectiveFrom, boolean roundsInputs, int[] indexLevels,
			Map<AqiItem, @Nullable Double[]> breakpoints) {
	}

	record CategoryView(AqiCategory id, String name, String level, String roman, int lowest, @Nullable Integer highest,
			String colour) {
	}

	record StandardsView(List<StandardView> standards, List<CategoryView> categories) {
	}

	@PostMapping("/aqi")
	@PreAuthorize("isAuthenticated()")
	AqiResult aqi(@Valid @RequestBody AqiRequest request) {
		if (request.stations() != null && !request.stations().isEmpty()) {
			return AirQualityIndex.cityWide(request.report(), request.time().toInstant(), request.stations());
		}
		if (request.concentrations() == null || request.concentrations().isEmpty()) {
			throw InvalidInputException.ofField("concentrations", "give concentrations (one station) or stations (city-wide)");
		}
		return AirQualityIndex.compute(request.report(), request.time().toInstant(), request.concentrations());
	}

	@GetMapping("/aqi/standards")
	@PreAuthorize("isAuthenticated()")
	StandardsView standards() {
		List<StandardView> standards = Arrays.stream(AqiStandard.values()).map(standard -> {
			Map<AqiItem, @Nullable Double[]> columns = new LinkedHashMap<>();
			for (AqiItem item : AqiItem.values()) {
				columns.put(item, Arrays.stream(standard.breakpoints(item))
					.mapToObj(value -> Double.isNaN(value) ? null : value)
					.toArray(Double[]::new));
			}
			return new StandardView(standard.code(), standard, standard.effectiveFrom().toString(), standard.roundsInputs(),
					new int[] { 0, 50, 100, 150, 200, 300, 400, 500 }, columns);
		}).toList();
		List<CategoryView> categories = Arrays.stream(AqiCategory.values())
			.map(category -> new CategoryView(category, category.chineseName(), category.level(), category.roman(),
					category.lowest(), category.highest() == Integer.MAX_VALUE ? null : category.highest(), category.colour()))
			.toList();
		return new StandardsView(standards, categories);
	}

	@PostMapping("/water-quality")
	@PreAuthorize("isAuthenticated()")
	WaterAssessment waterQuality(@Valid @RequestBody WaterRequest request) {
		return WaterQuality.assess(request.values(), request.body() == null ? WaterBody.RIVER : request.body(),
				request.target());
	}

	@PostMapping("/noise")
	@PreAuthorize("isAuthenticated()")
	List<PeriodNoise> noise(@Valid @RequestBody NoiseRequest request) {
		ZoneId zone;
		try {
			zone = request.timeZone() == null ? AqiStandard.CHINA : ZoneId.of(request.timeZone());
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.ofField("timeZone", "unknown time zone " + request.timeZone());
		}
		return NoiseLevels.byPeriod(request.samples(), zone, NoiseZone.of(request.zone()));
	}

	@PostMapping("/congestion")
	@PreAuthorize("isAuthenticated()")
	SegmentCongestion congestion(@RequestBody TrafficReading reading) {
		return TrafficCongestion.of(reading);
	}
}
