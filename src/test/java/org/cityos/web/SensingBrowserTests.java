package org.cityos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityos.sensing.alerting.AlertEngine;
import org.cityos.sensing.alerting.ObservedValue;
import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;
import org.cityos.support.CityOsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sensing pages in headless Chromium: a sensor created through the SensorThings API shows
 * on the sensor map and opens its panel; an operator acknowledges an alert on the alert page.
 */
@CityOsIntegrationTest
class SensingBrowserTests extends BrowserTestSupport {

	@Autowired
	AlertEngine engine;

	@Test
	void aSensorCreatedThroughTheSensorThingsApiShowsOnTheSensorMap() {
		String name = "浏览器测试空气站-" + UUID.randomUUID().toString().substring(0, 8);
		long thing = createAirStation(name, 108.655, 34.352);
		long datastream = firstDatastream(thing);
		ingest(datastream, List.of(42.0), Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60));

		logIn("operator", "demo");
		open("/sensors.html");
		WebElement marker = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sensor-marker-" + thing)));
		assertThat(marker.getAttribute("class")).contains("status-OK");

		marker.click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=sensor-name]"), name));
		WebElement panel = browser.findElement(By.cssSelector("[data-testid=sensor-panel]"));
		assertThat(panel.getText()).contains("42");
		assertThat(panel.findElement(By.cssSelector("[data-testid=sensor-chart-link]")).getAttribute("href"))
			.endsWith("/sensor.html?thing=" + thing);
	}

	@Test
	void anOperatorAcknowledgesAnAlertOnTheAlertPage() {
		String name = "浏览器测试报警站-" + UUID.randomUUID().toString().substring(0, 8);
		long thing = createAirStation(name, 108.7012, 34.3305);
		long datastream = firstDatastream(thing);
		ApiClient admin = ApiClient.loggedIn(port, "admin");
		String ruleName = "浏览器测试 PM2.5 超标 " + datastream;
		Response rule = admin.post("/api/sensing/rules", """
				{"name":"%s","scope":{"type":"DATASTREAM","value":"%d"},
				 "condition":{"kind":"THRESHOLD","direction":"ABOVE","levels":{"BLUE":75,"YELLOW":115,"ORANGE":150,"RED":250},"hysteresis":5}}
				""".formatted(ruleName, datastream));
		assertThat(rule.status()).as(rule.toString()).isEqualTo(201);

		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
		List<Double> values = List.of(60.0, 90.0, 130.0);
		ingest(datastream, values, start);
		// The same values straight to the engine: where stored observations do not reach the rules
		// by themselves, this raises the alert; where they do, judging them again changes nothing.
		List<ObservedValue> observed = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			observed.add(new ObservedValue(Long.toString(datastream), start.plusSeconds(60L * i), values.get(i), "PM2_5", "air",
					List.of()));
		}
		engine.evaluate(observed);

		logIn("operator", "demo");
		open("/alerts.html");
		By row = By.xpath("//tr[@data-testid='alert-row'][.//td[contains(., '" + ruleName + "')]]");
		WebElement alert = wait.until(ExpectedConditions.presenceOfElementLocated(row));
		assertThat(alert.findElement(By.cssSelector("[data-testid=alert-state]")).getText()).isEqualTo("新预警");
		assertThat(alert.getText()).contains("黄色");

		alert.findElement(By.cssSelector("[data-testid=alert-acknowledge]")).click();
		wait.until(driver -> driver.findElement(row).findElement(By.cssSelector("[data-testid=alert-state]")).getText().equals("已确认"));
		assertThat(browser.findElement(row).getText()).contains("operator");
		assertThat(admin.get("/api/sensing/alerts?datastream=" + datastream).json().get("content").get(0).get("state").asString())
			.isEqualTo("ACKNOWLEDGED");
	}

	/** An air station at a point of its own (markers on top of each other would take each other's clicks). */
	private long createAirStation(String name, double lon, double lat) {
		Response created = ApiClient.loggedIn(port, "admin").post("/sta/v1.1/Things", """
				{"name":"%s","description":"空气质量自动监测站","properties":{"kind":"air"},
				 "Locations":[{"name":"站点位置","description":"屋顶","encodingType":"application/geo+json",
				   "location":{"type":"Point","coordinates":[%s,%s]}}],
				 "Datastreams":[{"name":"PM2.5","description":"细颗粒物小时浓度",
				   "observationType":"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
				   "unitOfMeasurement":{"name":"微克每立方米","symbol":"µg/m³","definition":"ucum:ug/m3"},
				   "properties":{"kind":"air"},
				   "Sensor":{"name":"颗粒物监测仪","description":"β射线法","encodingType":"text/html","metadata":"https://example.org"},
				   "ObservedProperty":{"name":"PM2_5","definition":"https://example.org/pm25","description":"PM2.5"}}]}
				""".formatted(name, lon, lat));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("@iot.id").asLong();
	}

	private long firstDatastream(long thing) {
		return ApiClient.loggedIn(port, "admin").get("/sta/v1.1/Things(" + thing + ")/Datastreams").json().get("value").get(0)
			.get("@iot.id").asLong();
	}

	private void ingest(long datastream, List<Double> values, Instant start) {
		StringBuilder pairs = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			pairs.append(i == 0 ? "" : ",").append("[\"").append(start.plusSeconds(60L * i)).append("\",").append(values.get(i)).append("]");
		}
		Response ingested = ApiClient.loggedIn(port, "admin").post("/api/sensing/ingest",
				"{\"datastream\":" + datastream + ",\"observations\":[" + pairs + "]}");
		assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);
	}
}
