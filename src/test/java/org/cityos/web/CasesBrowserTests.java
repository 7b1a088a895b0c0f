package org.cityos.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import tools.jackson.databind.JsonNode;

/**
 * The case desks in headless Chromium against the whole application with the (small) demo city:
 * the operator's intake form filled from the keyboard with the place clicked on the map, and the
 * department handler's inbox accepting and answering a case dispatched to it.
 */
@CityOsIntegrationTest
class CasesBrowserTests extends BrowserTestSupport {

	@Test
	void operatorTakesACaseInFromTheKeyboardWithThePlaceClickedOnTheMap() {
		logIn("operator", "demo");

		open("/cases-intake.html");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#intake-map[data-layers-loaded]")));
		// The description has the focus when the page opens: the operator types at once.
		wait.until(driver -> "intake-description".equals(driver.switchTo().activeElement().getAttribute("id")));
		WebElement description = browser.switchTo().activeElement();
		description.sendKeys("浏览器测试：幸福路小区门口生活垃圾堆放三天无人清运");
		// The category is suggested from the words of the description (垃圾, 堆放 → 暴露垃圾).
		wait.until(driver -> "E0102".equals(driver.findElement(By.id("intake-category")).getDomProperty("value")));
		// Tab order: category, type, urgency, channel, name, phone.
		description.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
		browser.switchTo().activeElement().sendKeys("李四", Keys.TAB);
		WebElement phone = browser.switchTo().activeElement();
		assertThat(phone.getAttribute("id")).isEqualTo("intake-phone");
		phone.sendKeys("13912345678");

		browser.findElement(By.id("intake-map")).click();
		WebElement located = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=intake-location] b")));
		assertThat(located.getText()).contains("网格");
		phone.sendKeys(Keys.ENTER);

		WebElement shown = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=intake-number]")));
		String number = shown.getText().trim();
		assertThat(number).matches("\\d{14}");

		JsonNode created = ApiClient.loggedIn(port, "operator").get("/api/cases/" + number).json();
		assertThat(created.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(created.get("channel").asString()).isEqualTo("HOTLINE");
		assertThat(created.get("category").get("code").asString()).isEqualTo("E0102");
		assertThat(created.get("description").asString()).contains("幸福路小区门口");
		assertThat(created.get("place").get("grid").get("code").asString()).isNotBlank();
		assertThat(created.get("reporter").get("phone").asString()).isEqualTo("139****5678");
		// The form is ready for the next call, the cursor back in the description.
		wait.until(driver -> "intake-description".equals(driver.switchTo().activeElement().getAttribute("id")));
	}

	@Test
	void handlerAcceptsAndAnswersACaseDispatchedToTheDepartment() {
		ApiClient operator = ApiClient.loggedIn(port, "operator");
		String grid = operator.get("/api/geography/divisions?level=grid&q=&limit=30").json().get(17).get("code").asString();
		JsonNode centroid = operator.get("/api/geography/divisions/" + grid).json().get("properties").get("centroid");
		Response intake = operator.post("/api/cases", """
				{"channel":"HOTLINE","hotlineType":"COMPLAINT","categoryCode":"E0104","description":"浏览器测试：菜市场门口污水横流",
				 "lon":%s,"lat":%s,"reporterPhone":"13800001111"}
				""".formatted(centroid.get("lon").asDouble(), centroid.get("lat").asDouble()));
		assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
		String number = intake.json().get("case").get("number").asString();
		assertThat(operator.post("/api/cases/" + number + "/register", "{}").status()).isEqualTo(200);
		assertThat(operator.post("/api/cases/" + number + "/dispatch", "{\"departmentCode\":\"CGJ\"}").status())
			.isEqualTo(200);
		logIn("handler", "demo");

		open("/cases-inbox.html");
		By row = By.cssSelector("tr[data-number='" + number + "']");
		wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("tr[data-number='" + number + "'] [data-testid=act-accept]"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=inbox-notice]"),
				number + "：签收成功"));
		// Accepted cases move to 处置中, where the reply is the first button.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "处置中"));
		browser.findElement(By.cssSelector("tr[data-number='" + number + "'] [data-testid=act-reply]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-note")))
			.sendKeys("已组织清扫，污水井疏通完毕");
		browser.findElement(By.cssSelector("[data-testid=action-submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=inbox-notice]"),
				number + "：处置反馈成功"));

		JsonNode replied = operator.get("/api/cases/" + number).json();
		assertThat(replied.get("status").asString()).isEqualTo("REPLIED");
		assertThat(replied.get("handler").asString()).isEqualTo("handler");
		assertThat(replied.get("replyNote").asString()).isEqualTo("已组织清扫，污水井疏通完毕");
	}
}
