package org.cityos.sensing.overview.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.cityos.sensing.indices.AqiReport;
import org.cityos.sensing.indices.AqiStandard;
import org.cityos.sensing.overview.AirQualityReports;
import org.cityos.sensing.overview.AirQualityReports.CityReport;
import org.cityos.sensing.overview.AirQualityReports.StationsReport;
import org.cityos.sensing.overview.NoiseReports;
import org.cityos.sensing.overview.NoiseReports.SensorNoise;
import org.cityos.sensing.overview.SensorStatusBoard;
import org.cityos.sensing.overview.SensorStatusBoard.SensorStatus;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sensor map's status and the indices over stored data. Anyone logged in (city-internal data). */
@RestController
@RequestMapping("/api/sensing")
class SensingOverviewController {

	private final SensorStatusBoard board;

	private final AirQualityReports air;

	private final NoiseReports noise;

	SensingOverviewController(SensorStatusBoard board, AirQualityReports air, NoiseReports noise) {
		this.board = board;
		this.air = air;
		this.noise = noise;
	}

	@GetMapping("/status")
	@PreAuthorize("isAuthenticated()")
	List<SensorStatus> status(@RequestParam(required = false) @Nullable String kind) {
		return board.statuses(kind == null || kind.isBlank() ? null : kind.strip().toLowerCase(Locale.ROOT), Instant.now());
	}

	@GetMapping("/aqi/stations")
	@PreAuthorize("isAuthenticated()")
	StationsReport stations(@RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String report) {
		return air.stations(report(report), at(at));
	}

	@GetMapping("/aqi/city")
	@PreAuthorize("isAuthenticated()")
	CityReport city(@RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String report) {
		return air.city(report(report), at(at));
	}

	@GetMapping("/noise/periods")
	@PreAuthorize("isAuthenticated()")
	List<SensorNoise> noisePeriods(@RequestParam(required = false) @Nullable String date) {
		try {
			return noise.byPeriod(date == null || date.isBlank() ? LocalDate.now(AqiStandard.CHINA) : LocalDate.parse(date.strip()));
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.ofField("date", "not a date like 2026-05-01: " + date);
		}
	}

	private static Instant at(@Nullable String at) {
		if (at == null || at.isBlank()) {
			return Instant.now();
		}
		try {
			// a "+" left unencoded in a query string arrives as a space
			return OffsetDateTime.parse(at.strip().replace(' ', '+')).toInstant();
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.ofField("at", "not an ISO 8601 time with offset (2026-05-01T10:00:00+08:00): " + at);
		}
	}

	private static AqiReport report(@Nullable String report) {
		if (report == null || report.isBlank()) {
			return AqiReport.HOURLY;
		}
		try {
			return AqiReport.valueOf(report.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.ofField("report", "HOURLY or DAILY, not " + report);
		}
	}
}
