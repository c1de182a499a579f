package org.accord.app.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent events connection read as a browser's {@code EventSource} reads it, line by line, with the JDK's HTTP
 * client. Opening it waits until the server's first comment, which the server sends once the stream is attached.
 */
public final class LiveConnection implements AutoCloseable {

    /** One dispatched event; comments (heartbeats) are not events. */
    public record Event(String id, String name, String data) {
    }

    private final Stream<String> lines;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch attached = new CountDownLatch(1);
    private final int status;
    private final String contentType;

    private LiveConnection(HttpResponse<Stream<String>> response) {
        this.lines = response.body();
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        Thread.ofPlatform().daemon().name("live-connection").start(this::read);
    }

    /** Opens the stream at {@code url} with these request headers (a Cookie, a Last-Event-ID, a language). */
    public static LiveConnection open(HttpClient client, URI url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            LiveConnection connection = new LiveConnection(client.send(request.build(),
                    HttpResponse.BodyHandlers.ofLines()));
            if (connection.status == 200 && !connection.attached.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The stream at " + url + " sent no first comment within 30 s");
            }
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while opening " + url, e);
        }
    }

    public static LiveConnection open(HttpClient client, URI url) {
        return open(client, url, Map.of());
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** The next event, or null when none comes within {@code patience}. */
    public Event next(Duration patience) {
        try {
            return events.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for an event", e);
        }
    }

    /** The next event, which must come within {@code patience}. */
    public Event expect(Duration patience) {
        Event event = next(patience);
        if (event == null) {
            throw new AssertionError("No event within " + patience);
        }
        return event;
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    name = null;
                    data = null;
                    id = null;
                } else if (line.startsWith(":")) {
                    attached.countDown();
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields change nothing here
                        }
                    }
                }
            }
        } catch (UncheckedIOException | IllegalStateException closed) {
            // the connection was closed, by the test or by the server
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
