package org.cityos.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;

/**
 * Test data for the catalog: a population resource (人口基本信息) with identifier, date,
 * number and yes/no items, valid identifiers, and raw byte deliveries (for GBK bodies).
 */
public final class CatalogFixtures {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private CatalogFixtures() {
	}

	public static final String POPULATION_HEADER = "id_number,name,birth_date,phone,household_size,income,registered_at,active";

	/** A 人口 resource of 公安局 (GAJ) under classification 101001, the next serial assigned. */
	public static String populationResource(String name, String policy) {
		return """
				{"classification":"101001","name":"%s","summary":"常住人口的身份证号、姓名、出生日期、联系电话 (registered population)",
				 "providerCode":"GAJ","subject":"POPULATION",
				 "items":[
				  {"name":"id_number","label":"身份证号","type":"STRING","key":true,"identifier":"CITIZEN_ID","sensitivity":"SENSITIVE_PERSONAL"},
				  {"name":"name","label":"姓名","type":"STRING","required":true,"sensitivity":"PERSONAL"},
				  {"name":"birth_date","label":"出生日期","type":"DATE"},
				  {"name":"phone","label":"联系电话","type":"STRING","identifier":"PHONE","sensitivity":"PERSONAL"},
				  {"name":"household_size","label":"户内人数","type":"INTEGER"},
				  {"name":"income","label":"月收入","type":"DECIMAL"},
				  {"name":"registered_at","label":"登记时间","type":"DATETIME"},
				  {"name":"active","label":"有效","type":"BOOLEAN"}],
				 "updateCycle":"DAILY","sharingType":"CONDITIONAL","sharingCondition":"仅用于政务服务身份核验",
				 "openType":"NOT_OPEN","sharingMethod":"PLATFORM","grade":"IMPORTANT","invalidRowPolicy":"%s"}
				""".formatted(name, policy);
	}

	/** A valid GB 11643 number born on {@code birth} (yyyyMMdd) with sequence {@code sequence} (0–999). */
	public static String idNumber(String birth, int sequence) {
		String body = "110105" + birth + String.format("%03d", sequence);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	/** One valid population row. */
	public static String populationRow(int n, String name) {
		return idNumber("19800101", n) + "," + name + ",1980-01-01,1380013" + String.format("%04d", n) + ",3,5200.50,"
				+ "2026-01-05 09:30,是";
	}

	/** Posts raw bytes as a department system would. */
	public static Response postBytes(int port, String token, String path, byte[] body, String contentType) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).header("Content-Type", contentType)
			.POST(BodyPublishers.ofByteArray(body)).build();
		try {
			var response = HTTP.send(request, BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), null, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Issues an API token of a department through the admin. */
	public static String token(ApiClient admin, String department) {
		return admin.post("/api/directory/tokens", "{\"departmentCode\":\"" + department + "\",\"name\":\"catalog-test\"}")
			.json().get("token").asString();
	}
}
