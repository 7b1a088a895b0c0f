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
import org.openqa.selenium.support.ui.Select;

/**
 * The catalog pages in headless Chromium against the whole application with the (small) demo city:
 * the steward console, the upload page and the catalog browser.
 */
@CityOsIntegrationTest
class CatalogBrowserTests extends BrowserTestSupport {

	@Test
	void stewardConsoleShowsTheDepartmentsResourcesAndARequestWaitingForApproval() {
		logIn("steward", "demo");

		open("/steward.html");

		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=resource-row]"), 0));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=timeliness]"), "人口基本信息"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=timeliness]")).getText())
			.contains("人口基本信息").contains("流动人口居住登记").doesNotContain("企业登记信息");
		List<WebElement> waiting = wait.until(
				ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=inbox-row]"), 0));
		assertThat(waiting).extracting(WebElement::getText).anyMatch(text -> text.contains("民政局") && text.contains("同意"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=inbox]"), "已逾期"));
	}

	@Test
	void uploadPageDeliversASmallCsvAndShowsTheReport() throws IOException {
		Path csv = Files.createTempFile("cityos-upload-", ".csv");
		Files.writeString(csv, """
				身份证号,姓名,居住地址,登记日期,居住证有效期至
				610402199003071234,测试甲,宝城市渭滨区文林路1号,2026-01-05,2027-01-04
				61040319851212456X,测试乙,宝城市秦川区人民路2号,2026-02-01,2027-01-31
				610403198512124561,测试丙,宝城市秦川区人民路3号,2026-02-01,2027-01-31
				""");
		logIn("steward", "demo");

		open("/upload.html?code=101001-000002");

		wait.until(driver -> driver.findElements(By.cssSelector("#upload-resource option")).size() > 1);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=radio][value=incremental]"))).click();
		browser.findElement(By.id("upload-file")).sendKeys(csv.toString());
		wait.until(ExpectedConditions.elementToBeClickable(By.id("upload-start"))).click();

		WebElement accepted = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=report-accepted]")));
		assertThat(accepted.getText()).isEqualTo("2");
		assertThat(browser.findElement(By.cssSelector("[data-testid=report-rejected]")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.cssSelector("[data-testid=delivery-report]")).getText())
			.contains("部分接收").contains("WRONG_CHECK_CHARACTER");
		Files.deleteIfExists(csv);
	}

	@Test
	void catalogBrowserFindsThePopulationRegisterByAChineseKeyword() {
		logIn("leader", "demo");

		open("/catalog.html");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("catalog-q"))).sendKeys("人口");
		browser.findElement(By.id("catalog-search")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=catalog-results]"), "人口基本信息"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=catalog-results]")).getText())
			.contains("有条件共享").doesNotContain("企业登记信息");
		browser.findElement(By.linkText("人口基本信息")).click();
		WebElement items = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=items-table]")));
		assertThat(items.getText()).contains("身份证号").contains("敏感个人信息");
	}
}
