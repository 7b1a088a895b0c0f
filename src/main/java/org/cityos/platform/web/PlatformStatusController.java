package org.cityos.platform.web;

import java.util.List;

import org.cityos.platform.CityOsProperties;
import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.JobStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every page needs before login: whether this is the demo city (the banner), the demo
 * load's progress, the optional tile server, the version. Public, and says nothing private.
 */
@RestController
class PlatformStatusController {

	static final String DEMO_JOB = "demo-city";

	private final CityOsProperties properties;

	private final ProgressBoard progress;

	private final String version;

	private final String timeZone;

	PlatformStatusController(CityOsProperties properties, ProgressBoard progress, ObjectProvider<BuildProperties> build,
			@Value("${cityos.calendar.zone:Asia/Shanghai}") String timeZone) {
		this.timeZone = timeZone;
		this.properties = properties;
		this.progress = progress;
		BuildProperties info = build.getIfAvailable();
		this.version = info == null ? "dev" : info.getVersion();
	}

	/** {@code timeZone} is the city's: the UI shows and enters local times in it whatever the browser's zone. */
	record PlatformStatus(boolean demo, String version, String timeZone, @Nullable String tileUrl,
			@Nullable JobStatus demoLoad, List<JobStatus> jobs) {
	}

	@GetMapping("/api/platform/status")
	@PreAuthorize("permitAll()")
	PlatformStatus status() {
		List<JobStatus> jobs = progress.statuses();
		JobStatus demoLoad = jobs.stream().filter(j -> j.key().equals(DEMO_JOB)).findFirst().orElse(null);
		return new PlatformStatus(properties.demo(), version, timeZone, properties.tileUrl(), demoLoad, jobs);
	}
}
