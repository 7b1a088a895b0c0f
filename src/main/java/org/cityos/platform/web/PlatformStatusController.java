package org.cityos.platform.web;

import java.util.List;

import org.cityos.platform.CityOsProperties;
import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.JobStatus;
import org.cityos.shared.CityPrincipal;
import org.cityos.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

	private static boolean callerIsAdmin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CityPrincipal principal
				&& principal.hasRole(Role.ADMIN);
	}

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
		List<JobStatus> all = progress.statuses();
		JobStatus demoLoad = all.stream().filter(j -> j.key().equals(DEMO_JOB)).findFirst().orElse(null);
		// Anyone sees the demo load (the banner on the login page); other work (deliveries,
		// comparisons) names departments' resources and is for admins only.
		List<JobStatus> jobs = callerIsAdmin() ? all : demoLoad == null ? List.of() : List.of(demoLoad);
		return new PlatformStatus(properties.demoMode(), version, timeZone, properties.tileUrl(), demoLoad, jobs);
	}
}
