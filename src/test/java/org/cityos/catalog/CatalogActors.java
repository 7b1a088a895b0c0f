package org.cityos.catalog;

import java.util.UUID;

import org.cityos.support.ApiClient;
import org.cityos.support.ApiClient.Response;

/** The people and systems of a sharing test: stewards and systems of departments, made through the directory API. */
public final class CatalogActors {

	private final int port;

	private final ApiClient admin;

	public CatalogActors(int port) {
		this.port = port;
		this.admin = ApiClient.loggedIn(port, "admin");
	}

	public ApiClient admin() {
		return admin;
	}

	/** A new steward account of the department, logged in. */
	public ApiClient steward(String departmentCode) {
		String username = "steward-" + departmentCode.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
		Response opened = admin.post("/api/directory/accounts", """
				{"username":"%s","displayName":"数据管理专员","password":"long-enough","roles":["STEWARD"],"departmentCode":"%s"}
				""".formatted(username, departmentCode));
		if (opened.status() != 201) {
			throw new IllegalStateException("Could not open " + username + ": " + opened);
		}
		return ApiClient.loggedIn(port, username, "long-enough");
	}

	/** A fresh API token of the department, as its system uses it. */
	public String token(String departmentCode) {
		Response issued = admin.post("/api/directory/tokens",
				"{\"departmentCode\":\"" + departmentCode + "\",\"name\":\"测试系统\",\"validDays\":30}");
		if (issued.status() != 201) {
			throw new IllegalStateException("Could not issue a token: " + issued);
		}
		return issued.json().get("token").asString();
	}

	public ApiClient system(String token) {
		return ApiClient.withToken(port, token);
	}
}
