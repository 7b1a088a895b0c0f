package org.cityos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityos.catalog.CatalogActors;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

import tools.jackson.databind.JsonNode;

/**
 * The registry pages in headless Chromium against the demo city: a department's steward disputes a
 * discrepancy on the desk and the bureau arbitrates it, a city leader looks up a golden record,
 * and the bureau runs the 低保 cross-check, including a list with an invalid ID number.
 */
@CityOsIntegrationTest
class RegistryBrowserTests extends BrowserTestSupport {

	@Test
	void aStewardDisputesADiscrepancyWithEvidenceAndTheBureauArbitratesIt() {
		JsonNode discrepancy = openValueConflicts(1).get(0);
		String id = discrepancy.get("id").asString();
		String key = discrepancy.get("key").asString();
		String department = discrepancy.get("providerCode").asString();
		String steward = "steward-" + department.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
		Response opened = new CatalogActors(port).admin().post("/api/directory/accounts", """
				{"username":"%s","displayName":"数据管理专员","password":"long-enough","roles":["STEWARD"],"departmentCode":"%s"}
				""".formatted(steward, department));
		assertThat(opened.status()).isEqualTo(201);

		logIn(steward, "long-enough");
		open("/registry.html");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=discrepancy-row]"), 0));
		openDiscrepancy(key, id);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=choose-dispute]"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-dispute"))).click();
		WebElement missing = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=answer-actions] .field-error")));
		assertThat(missing.getText()).containsIgnoringCase("evidence");
		assertThat(detailState()).isEqualTo("待处理");

		browser.findElement(By.id("dispute-evidence")).sendKeys("社保登记档案 2019 年更名记录");
		browser.findElement(By.id("submit-dispute")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=detail-state]"), "申诉中"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=timeline]")).getText())
			.contains("部门申诉").contains("社保登记档案 2019 年更名记录").contains(steward);
		assertThat(row(id).findElement(By.cssSelector("[data-testid=row-state]")).getText()).isEqualTo("申诉中");

		browser.manage().deleteAllCookies();
		logIn("admin", "demo");
		open("/registry.html");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=discrepancy-row]"), 0));
		openDiscrepancy(key, id);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=arbitrate-actions]")));
		assertThat(browser.findElements(By.cssSelector("[data-testid=answer-actions]"))).isEmpty();
		browser.findElement(By.id("authority-correct")).click();
		browser.findElement(By.id("arbitrate-reason")).sendKeys("户籍档案记载与公安人口库一致");
		browser.findElement(By.id("submit-arbitrate")).click();

		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=detail-state]"), "已确认待更正"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=timeline]")).getText())
			.contains("部门申诉").contains("仲裁：权威源正确").contains("户籍档案记载与公安人口库一致");
	}

	@Test
	void aCityLeaderLooksUpAGoldenRecordWithItsSourcesAndAnUnknownKeyIsNotFound() {
		String key = openValueConflicts(1).get(0).get("key").asString();
		logIn("leader", "demo");

		open("/registry.html");
		WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("golden-key")));
		assertThat(browser.findElements(By.cssSelector("[data-testid=tab-discrepancies]"))).isEmpty();
		input.sendKeys(key);
		browser.findElement(By.id("golden-lookup")).click();

		List<WebElement> attributes = wait.until(
				ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=golden-attribute]"), 2));
		assertThat(attributes).extracting(WebElement::getText)
			.anyMatch(text -> text.contains("出生日期"))
			.anyMatch(text -> text.contains("人口基本信息"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=golden-sources]")).getText()).contains("公安局");
		// A conflict is open for this key, shown with the record; the ID number itself is masked.
		assertThat(browser.findElement(By.cssSelector("[data-testid=golden-discrepancies]")).getText()).contains("数据不一致");
		assertThat(browser.findElement(By.cssSelector("[data-testid=golden-attributes]")).getText()).doesNotContain(key);

		WebElement field = browser.findElement(By.id("golden-key"));
		field.clear();
		field.sendKeys("11010519491231002X");
		browser.findElement(By.id("golden-lookup")).click();
		WebElement missing = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=golden-missing]")));
		assertThat(missing.getText()).isEqualTo("无此记录或无权查看");
		assertThat(browser.findElements(By.cssSelector("[data-testid=golden-attribute]"))).isEmpty();
	}

	@Test
	void theBureauRunsTheSubsistenceCheckAndAnInvalidIdNumberIsShownAsABadLine() {
		List<String> applicants = new ArrayList<>();
		openValueConflicts(20).forEach(d -> {
			String key = d.get("key").asString();
			if (!applicants.contains(key) && applicants.size() < 4) {
				applicants.add(key);
			}
		});
		logIn("admin", "demo");

		open("/checks.html");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=rules]"), "机动车"));
		browser.findElement(By.id("check-purpose")).sendKeys("浏览器测试 低保复核");
		WebElement list = browser.findElement(By.id("check-applicants"));
		list.sendKeys(applicants.get(0) + "\n123\n" + String.join("\n", applicants.subList(1, applicants.size())));
		browser.findElement(By.id("check-run")).click();

		WebElement bad = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=bad-lines]")));
		assertThat(bad.getText()).contains("第 2 行").contains("123");
		assertThat(browser.findElements(By.cssSelector("[data-testid=check-result]"))).isEmpty();

		list.clear();
		list.sendKeys(String.join("\n", applicants));
		browser.findElement(By.id("check-run")).click();

		List<WebElement> rows = wait.until(
				ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=result-row]"), applicants.size()));
		assertThat(rows).extracting(WebElement::getText).allMatch(text -> applicants.stream().anyMatch(text::contains));
		assertThat(rows).extracting(r -> r.findElement(By.cssSelector("[data-testid=result-verdict]")).getText())
			.allMatch(verdict -> List.of("符合", "需入户核实", "不符合").contains(verdict));
		int eligible = count("summary-eligible");
		int review = count("summary-review");
		int ineligible = count("summary-ineligible");
		assertThat(eligible + review + ineligible).isEqualTo(applicants.size());
		assertThat(browser.findElements(By.cssSelector("[data-testid=bad-lines]"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-testid=export-csv]")).getAttribute("href")).endsWith("/export.csv");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=recent-runs]"), "浏览器测试 低保复核"));
	}

	/** Open 数据不一致 items of the demo population registry, waiting for the demo's comparisons to find them. */
	private List<JsonNode> openValueConflicts(int wanted) {
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		List<JsonNode> found = new ArrayList<>();
		new FluentWait<>(admin).withTimeout(Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500)).until(client -> {
			JsonNode page = client.get("/api/registry/population/discrepancies?state=OPEN&kind=VALUE_CONFLICT&size=" + wanted)
				.json();
			found.clear();
			page.get("content").forEach(found::add);
			return !found.isEmpty();
		});
		return found;
	}

	/** Narrows the desk to one key and opens the discrepancy's dialog. */
	private void openDiscrepancy(String key, String id) {
		WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.id("filter-key")));
		filter.clear();
		filter.sendKeys(key);
		browser.findElement(By.id("filter-search")).click();
		wait.until(driver -> !driver.findElements(By.cssSelector("[data-testid=discrepancy-row][data-id='" + id + "']")).isEmpty()
				&& driver.findElements(By.cssSelector("[data-testid=discrepancy-row]")).stream()
					.allMatch(r -> r.getText().contains(key)));
		row(id).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=discrepancy-detail]")));
	}

	private WebElement row(String id) {
		return browser.findElement(By.cssSelector("[data-testid=discrepancy-row][data-id='" + id + "']"));
	}

	private String detailState() {
		return browser.findElement(By.cssSelector("[data-testid=detail-state]")).getText();
	}

	private int count(String testId) {
		return Integer.parseInt(browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText());
	}
}
