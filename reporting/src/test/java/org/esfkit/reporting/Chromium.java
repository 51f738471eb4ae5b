package org.esfkit.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through the DevTools protocol over the JDK's own WebSocket client (no
 * test dependency). Launches a fresh profile, opens one page, records every event, and answers
 * commands. Every wait is bounded. Test code only: reporting's browser test uses it, and the
 * module's test-jar (this class alone) lends it to the examples' browser test of the seed reports.
 */
public final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_S = 30;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private String session = "";

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * Launches Chromium and opens a blank page with the Page, Network, Runtime and Log domains on.
   *
   * @param executable the browser, e.g. /usr/bin/chromium
   * @throws IllegalStateException if the browser is missing or does not start
   */
  public static Chromium launch(Path executable) throws Exception {
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException("Chromium not found at " + executable
          + ": install it (Debian: apt-get install chromium; ./build/test does) or point -Desfkit.chromium at it");
    }
    Path profile = Files.createTempDirectory("esfkit-chromium-");
    Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) {
            url.complete(line.substring(at).trim());
          }
        }
        url.completeExceptionally(new IllegalStateException("Chromium exited before listening"));
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String wsUrl;
    try {
      wsUrl = url.get(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not start: " + e, e);
    }
    Listener listener = new Listener();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(wsUrl), listener).get(TIMEOUT_S, TimeUnit.SECONDS);
    Chromium c = new Chromium(p, profile, ws);
    listener.owner = c;
    String target = c.browser("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    c.session = c.browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asText();
    for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
      c.send(domain + ".enable", Map.of());
    }
    return c;
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private volatile Chromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          owner.receive(JSON.readTree(text));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      ws.request(1);
      return null;
    }
  }

  private void receive(JsonNode msg) {
    if (msg.has("id")) {
      CompletableFuture<JsonNode> f = replies.remove(msg.get("id").asInt());
      if (f != null) {
        f.complete(msg);
      }
    } else {
      synchronized (events) {
        events.add(msg);
      }
    }
  }

  private JsonNode call(String method, Map<String, ?> params, boolean inSession) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", JSON.valueToTree(params));
    if (inSession) {
      msg.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT_S, TimeUnit.SECONDS);
    JsonNode r = reply.get(TIMEOUT_S, TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + " failed: " + r.get("error"));
    }
    return r.get("result");
  }

  private JsonNode browser(String method, Map<String, ?> params) throws Exception {
    return call(method, params, false);
  }

  /**
   * Sends a command to the page.
   *
   * @return the command's result
   */
  public JsonNode send(String method, Map<String, ?> params) throws Exception {
    return call(method, params, true);
  }

  /** Navigates and waits for the load event. */
  public void open(URI url) throws Exception {
    send("Page.navigate", Map.of("url", url.toString()));
    awaitEvent(e -> "Page.loadEventFired".equals(e.path("method").asText()));
  }

  private void awaitEvent(Predicate<JsonNode> p) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    while (System.nanoTime() < end) {
      if (events().stream().anyMatch(p)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("timed out waiting for a page event");
  }

  /**
   * Evaluates JavaScript in the page; the result is returned by value.
   *
   * @return the value
   */
  public JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
    }
    return r.get("result").get("value");
  }

  /** Evaluates JavaScript returning a JSON string, and parses it. */
  public JsonNode evalJson(String expression) throws Exception {
    return JSON.readTree(eval("JSON.stringify(" + expression + ")").asText());
  }

  /** Takes a screenshot of the whole page as PNG. */
  public void screenshot(Path png) throws Exception {
    int height = eval("document.documentElement.scrollHeight").asInt();
    send("Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", Math.max(600, height), "deviceScaleFactor", 1, "mobile", false));
    JsonNode r = send("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
  }

  /** Takes a screenshot of one element (after {@link #screenshot(Path)} has sized the page). */
  public void screenshot(String selector, Path png) throws Exception {
    JsonNode box = evalJson("(() => { const r = document.querySelector('" + selector + "').getBoundingClientRect();"
        + " return {x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height}; })()");
    Map<String, Object> clip = Map.of("x", box.get("x").asDouble(), "y", box.get("y").asDouble(),
        "width", box.get("width").asDouble(), "height", box.get("height").asDouble(), "scale", 1.5);
    JsonNode r = send("Page.captureScreenshot", Map.of("format", "png", "clip", clip));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
  }

  /** Every event received so far. */
  public List<JsonNode> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** The events of one method, e.g. Network.requestWillBeSent. */
  public List<JsonNode> events(String method) {
    return events().stream().filter(e -> method.equals(e.path("method").asText())).toList();
  }

  @Override
  public void close() throws Exception {
    try {
      // no reply is awaited: the browser may close before it answers
      socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
          .get(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (Exception e) {
      // the browser is stopped below in any case
    }
    socket.abort();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
