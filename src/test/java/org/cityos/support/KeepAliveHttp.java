package org.cityos.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection for load generators, as wrk and similar tools do it: the
 * request is written as bytes and the answer read with Content-Length or chunked framing, nothing
 * else. Load generators share the machine's two cores with the server, so the client has to cost
 * little: {@code java.net.http.HttpClient} (its selector thread, futures and header maps) cost
 * about as much CPU per small request as the server's own work. Not for anything but loopback
 * benchmarks: no TLS, no redirects, no 100-continue.
 */
public final class KeepAliveHttp implements AutoCloseable {

	/** Status and body of an answer. */
	public record Answer(int status, byte[] body) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private final String host;

	private final int port;

	private final String authorization;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	public KeepAliveHttp(int port, String authorization) {
		this.host = "localhost:" + port;
		this.port = port;
		this.authorization = authorization;
	}

	public Answer get(String pathAndQuery) throws IOException {
		return exchange("GET", pathAndQuery, null);
	}

	public Answer postJson(String path, String json) throws IOException {
		return exchange("POST", path, json.getBytes(StandardCharsets.UTF_8));
	}

	private Answer exchange(String method, String path, byte[] body) throws IOException {
		if (socket == null) {
			socket = new Socket("localhost", port);
			socket.setTcpNoDelay(true);
			in = new BufferedInputStream(socket.getInputStream(), 65_536);
			out = socket.getOutputStream();
		}
		StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
			.append(host).append("\r\nAuthorization: ").append(authorization).append("\r\nAccept: application/json\r\n");
		if (body != null) {
			head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
		}
		byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = headBytes;
		if (body != null) {
			request = new byte[headBytes.length + body.length];
			System.arraycopy(headBytes, 0, request, 0, headBytes.length);
			System.arraycopy(body, 0, request, headBytes.length, body.length);
		}
		out.write(request);
		out.flush();
		return read();
	}

	private Answer read() throws IOException {
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim();
			String value = header.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				length = Long.parseLong(value);
			}
			else if (name.equalsIgnoreCase("Transfer-Encoding")) {
				chunked = value.equalsIgnoreCase("chunked");
			}
			else if (name.equalsIgnoreCase("Connection")) {
				close = value.equalsIgnoreCase("close");
			}
		}
		byte[] body;
		if (chunked) {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
				all.write(in.readNBytes(size));
				line();
			}
			for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
				// trailers are not used
			}
			body = all.toByteArray();
		}
		else {
			body = length > 0 ? in.readNBytes((int) length) : new byte[0];
		}
		if (close) {
			close();
		}
		return new Answer(status, body);
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed by the server");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			socket.close();
			socket = null;
		}
	}
}
