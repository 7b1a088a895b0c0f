package org.cityos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * CityOS: one Spring Boot application whose direct sub-packages are its modules
 * (see docs/modules and ../shared/DESIGN.md). {@code shared} and {@code platform} are
 * used by every module and hold no business logic.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "CityOS", sharedModules = { "shared", "platform" })
public class CityOsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CityOsApplication.class, args);
	}
}
