package org.cityos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cityos.platform.ProgressBoard;
import org.cityos.support.DemoCityLoaded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh headless Debian Chromium per test against the whole application once the demo city
 * has loaded, and the steps every page test needs: open a page, log in as a keyboard user would.
 */
abstract class BrowserTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoard progress;

	WebDriver browser;

	WebDriverWait wait;

	Path profile;

	@BeforeEach
	void openBrowser() throws IOException {
		// Fail rather than skip: a browser test that silently does not run proves nothing.
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("headless Chromium and chromedriver are needed (apt-get install chromium chromium-driver)").isTrue();
		DemoCityLoaded.await(progress);
		profile = Files.createTempDirectory("cityos-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN", "--user-data-dir=" + profile, "--window-size=1440,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		// Vue re-renders lists while a condition reads them: look again instead of failing
		wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	void logIn(String username, String password) {
		open("/login.html");
		typeCredentials(username, password);
		wait.until(driver -> !driver.getCurrentUrl().contains("/login.html"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sidenav a")));
	}

	/** Types into the login form and submits it with Enter, as a keyboard user would. */
	void typeCredentials(String username, String password) {
		// The page asks for the session first; the form is live once Vue has mounted it.
		wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('#app[data-v-app]') !== null")));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}
}
