package org.cityos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web UI in Debian's headless Chromium against the whole application with the demo city:
 * login, the city map, the audit log. Fails where Chromium or its driver is not installed.
 */
@CityOsIntegrationTest
class ShellBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminSeesTheCityMapDrawnFromTheCitysOwnGeometry() {
		logIn("admin", "demo");

		open("/map.html");

		WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map[data-grid-count]")));
		assertThat(Integer.parseInt(map.getAttribute("data-district-count"))).isPositive();
		assertThat(Integer.parseInt(map.getAttribute("data-grid-count"))).isPositive();
		// The canvas renderer draws every division layer; without a tile server there are no images.
		assertThat(browser.findElements(By.cssSelector("#map .leaflet-overlay-pane canvas"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();
		assertThat(browser.findElement(By.id("layer-count-district")).getText()).matches("[1-9][0-9]*");
		assertThat(browser.findElement(By.cssSelector("[data-testid=demo-banner]")).getText()).contains("演示环境");
	}

	@Test
	void wrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
		open("/login.html");
		typeCredentials("leader", "not-the-password");

		WebElement error = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-error]")));

		assertThat(error.getText()).contains("用户名或密码错误");
		assertThat(browser.getCurrentUrl()).contains("/login.html");
	}

	@Test
	void auditorSeesTheAuditLogAndVerifiesTheChain() {
		logIn("auditor", "demo");

		open("/audit.html");

		List<WebElement> rows = wait.until(
				ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr[data-entry-id]"), 0));
		assertThat(rows).isNotEmpty();
		browser.findElement(By.id("verify-chain")).click();
		WebElement result = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=verify-result]")));
		assertThat(result.getAttribute("class")).contains("valid").doesNotContain("broken");
	}

	@Test
	void auditorIsNotOfferedTheAdministrationPages() {
		logIn("auditor", "demo");

		List<WebElement> links = browser.findElements(By.cssSelector(".sidenav a"));

		assertThat(links).extracting(link -> link.getAttribute("href"))
			.anyMatch(href -> href.endsWith("/audit.html"))
			.noneMatch(href -> href.contains("/admin/"));
	}

	@Test
	void adminImportOfABrokenMapShowsTheProblemAndChangesNothing() throws IOException {
		long before = jdbc.sql("select count(*) from geography_division").query(Long.class).single();
		Path bowtie = Files.createTempFile(profile, "bowtie", ".geojson");
		Files.writeString(bowtie, """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"61040299999902","name":"蝴蝶网格"},
				 "geometry":{"type":"Polygon","coordinates":[[[108.60,34.30],[108.61,34.31],[108.61,34.30],[108.60,34.31],[108.60,34.30]]]}}]}
				""");
		logIn("admin", "demo");
		open("/map.html");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map[data-grid-count]")));
		browser.findElement(By.cssSelector("[data-testid=map-import] input[type=file]")).sendKeys(bowtie.toString());
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=map-import] button[type=submit]"))).click();

		WebElement problem = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=map-import] .alert-error")));
		assertThat(problem.getText()).contains("61040299999902");
		assertThat(jdbc.sql("select count(*) from geography_division").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyAdminsSeeTheMapImport() {
		logIn("operator", "demo");
		open("/map.html");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map[data-grid-count]")));
		assertThat(browser.findElements(By.cssSelector("[data-testid=map-import]"))).isEmpty();
	}
}
