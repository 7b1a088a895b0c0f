package org.cityos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The scorecard page in headless Chromium: the bureau's ranking and a steward's own department. */
@CityOsIntegrationTest
class ScorecardBrowserTests extends BrowserTestSupport {

	@Test
	void theBureauSeesTheRankingChartTheTableAndTheWeights() {
		logIn("admin", "demo");

		open("/scorecard.html");

		List<WebElement> rows = wait.until(
				ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=ranking-row]"), 3));
		assertThat(rows.get(0).getText()).startsWith("1");
		assertThat(browser.findElement(By.cssSelector("[data-testid=ranking-table]")).getText()).contains("公安局").contains("民政局");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=ranking-chart] canvas")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=trend-chart] canvas")));
		assertThat(browser.findElement(By.cssSelector("[data-testid=department-detail]")).getText()).contains("按时归集率");
		assertThat(browser.findElements(By.cssSelector("[data-testid=weights-form] input[type=number]"))).hasSize(8);
		assertThat(browser.findElement(By.cssSelector("[data-testid=export-xlsx]")).getAttribute("href"))
			.contains("/api/scorecard/export.xlsx?period=");
	}

	@Test
	void aStewardLandsOnItsOwnDepartmentAndSeesNoOtherDepartment() {
		logIn("steward", "demo");

		open("/scorecard.html");

		WebElement detail = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=department-detail]")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=own-rank]"), "第"));
		assertThat(detail.getText()).contains("公安局");
		List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=ranking-row]"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("公安局");
		assertThat(browser.findElement(By.cssSelector("[data-testid=ranking-chart]")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.cssSelector("[data-testid=weights-form]"))).isEmpty();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=trend-chart] canvas")));
	}
}
