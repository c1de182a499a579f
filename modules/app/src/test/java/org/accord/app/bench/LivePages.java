package org.accord.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Pages open on one live stream, as many as asked: each a server-sent events connection of the JDK's HTTP client, read
 * by an asynchronous line subscriber, so that a few client threads serve them all (no thread per connection). Each page
 * notes the moment each {@code update} reaches it, as a browser's {@code EventSource} would dispatch it: when the blank
 * line that ends the event arrives.
 */
final class LivePages implements AutoCloseable {

    static final int CLIENT_THREADS = 4;

    private final ExecutorService threads;
    private final HttpClient client;
    private final List<Page> pages = new ArrayList<>();

    private LivePages() {
        threads = Executors.newFixedThreadPool(CLIENT_THREADS, Thread.ofPlatform().daemon().name("live-page-", 0)
                .factory());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).build();
    }

    /** Opens {@code count} connections to the stream and waits until the server attached each (its first comment). */
    static LivePages open(URI stream, int count, Duration patience) throws InterruptedException {
        LivePages opened = new LivePages();
        CountDownLatch attached = new CountDownLatch(count);
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build();
        for (int i = 0; i < count; i++) {
            Page page = new Page(attached);
            opened.pages.add(page);
            opened.client.sendAsync(request, page::answered).whenComplete((response, failure) -> {
                if (failure != null) {
                    page.failed(failure.toString());
                }
            });
        }
        if (!attached.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            opened.close();
            throw new AssertionError("Not all of " + count + " streams attached within " + patience);
        }
        List<String> failures = opened.pages.stream().map(Page::failure).filter(failure -> failure != null)
                .distinct().toList();
        if (!failures.isEmpty()) {
            opened.close();
            throw new AssertionError("Streams at " + stream + " failed: " + failures);
        }
        return opened;
    }

    /** Waits until every page has received {@code updates} updates, or {@code patience} has passed. */
    void awaitUpdates(int updates, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (fewestUpdates() < updates && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    int fewestUpdates() {
        return pages.stream().mapToInt(Page::updates).min().orElse(0);
    }

    int mostUpdates() {
        return pages.stream().mapToInt(Page::updates).max().orElse(0);
    }

    /**
     * @param committed
     *            the moment ({@link System#nanoTime()}) each update's change was committed, in order
     * @return each page's delay from each commit to the matching update, in ms
     */
    double[] delays(long[] committed) {
        double[] millis = new double[pages.size() * committed.length];
        int delay = 0;
        for (Page page : pages) {
            for (int update = 0; update < committed.length; update++) {
                millis[delay++] = (page.receivedAt(update) - committed[update]) / 1e6;
            }
        }
        return millis;
    }

    @Override
    public void close() {
        pages.forEach(Page::cancel);
        client.shutdownNow();
        threads.shutdownNow();
    }

    /** One open page: the subscriber of its connection's lines. */
    private static final class Page implements Flow.Subscriber<String> {

        private final CountDownLatch attached;
        private final List<Long> received = new ArrayList<>();
        private volatile Flow.Subscription subscription;
        private volatile String failure;
        private volatile boolean heardFromServer;
        private String event;

        private Page(CountDownLatch attached) {
            this.attached = attached;
        }

        private HttpResponse.BodySubscriber<Void> answered(HttpResponse.ResponseInfo response) {
            if (response.statusCode() != 200) {
                failed("HTTP " + response.statusCode());
                return HttpResponse.BodySubscribers.replacing(null);
            }
            return HttpResponse.BodySubscribers.fromLineSubscriber(this, page -> null, StandardCharsets.UTF_8, null);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith(":")) {
                if (!heardFromServer) {
                    heardFromServer = true;
                    attached.countDown();
                }
            } else if (line.startsWith("event:")) {
                event = line.substring("event:".length()).strip();
            } else if (line.isEmpty()) {
                if ("update".equals(event)) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        received.add(now);
                    }
                }
                event = null;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            failed(throwable.toString());
        }

        @Override
        public void onComplete() {
            // the stream was closed, by the benchmark or by the server
        }

        /** A connection that breaks before the server attached it; what happens after that shows as missed updates. */
        private synchronized void failed(String why) {
            if (failure == null && !heardFromServer) {
                failure = why;
                attached.countDown();
            }
        }

        private String failure() {
            return failure;
        }

        private synchronized int updates() {
            return received.size();
        }

        private synchronized long receivedAt(int update) {
            return received.get(update);
        }

        private void cancel() {
            Flow.Subscription open = subscription;
            if (open != null) {
                open.cancel();
            }
        }
    }
}
