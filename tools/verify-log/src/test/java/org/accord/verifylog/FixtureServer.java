package org.accord.verifylog;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a {@link TestLog} under /api/public/log as the contract describes it, in small pages, with proofs from the
 * recursive reference; a test can make it misbehave in one way at a time.
 */
final class FixtureServer implements AutoCloseable {

    enum Misbehaviour {
        NONE, RATE_LIMIT_FIRST_REQUEST, WRONG_CONSISTENCY_PATH, WRONG_AUDIT_PATH, WRONG_LEAF_HASH, WRONG_SEQ, ENTRIES_FAIL
    }

    static final int ENTRIES_PAGE = 64;
    static final int HEADS_PAGE = 4;

    private final TestLog log;
    private final HttpServer server;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    volatile Misbehaviour misbehaviour = Misbehaviour.NONE;
    private final AtomicBoolean closed = new AtomicBoolean();

    FixtureServer(TestLog log) throws IOException {
        this.log = log;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/public/log/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/api/public/log/".length());
        Map<String, Long> query = query(exchange.getRequestURI().getRawQuery());
        requests.add(path + (query.isEmpty() ? "" : " " + new java.util.TreeMap<>(query)));
        if (misbehaviour == Misbehaviour.RATE_LIMIT_FIRST_REQUEST && requests.size() == 1) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            send(exchange, 429, "{\"title\":\"Too many requests\"}");
            return;
        }
        switch (path) {
            case "key" ->
                send(exchange, 200, "{\"algorithm\":\"Ed25519\",\"publicKey\":\"" + log.publicKeyBase64() + "\"}");
            case "heads" -> send(exchange, 200, heads(query.getOrDefault("after", -1L)));
            case "entries" -> {
                if (misbehaviour == Misbehaviour.ENTRIES_FAIL) {
                    send(exchange, 500, "{\"title\":\"Internal Server Error\",\"detail\":\"the database is away\"}");
                } else {
                    send(exchange, 200, entries(query.getOrDefault("from", 0L)));
                }
            }
            case "proofs/inclusion" -> send(exchange, 200, inclusion(query.get("seq"), query.get("treeSize")));
            case "proofs/consistency" -> send(exchange, 200, consistency(query.get("first"), query.get("second")));
            default -> send(exchange, 404, "{\"title\":\"Not Found\"}");
        }
    }

    private String heads(long after) {
        List<TestLog.Head> page = log.heads.stream().filter(head -> head.treeSize() > after).limit(HEADS_PAGE).toList();
        boolean more = !page.isEmpty() && log.heads.indexOf(page.getLast()) < log.heads.size() - 1;
        String next = more
                ? "\"/api/public/log/heads?after=" + page.getLast().treeSize() + "&limit=" + HEADS_PAGE + "\""
                : "null";
        return "{\"heads\":[" + page.stream().map(TestLog.Head::json).collect(Collectors.joining(",")) + "],\"next\":"
                + next + "}";
    }

    private String entries(long from) {
        List<String> served = new ArrayList<>();
        int to = (int) Math.min(log.entries.size(), from + ENTRIES_PAGE);
        for (int seq = (int) from; seq < to; seq++) {
            String text = log.entries.get(seq);
            String leafHash = Hex.of(MerkleHashes.leaf(text.getBytes(StandardCharsets.UTF_8)));
            if (misbehaviour == Misbehaviour.WRONG_LEAF_HASH && seq == 33) {
                leafHash = Hex.of(MerkleHashes.leaf(new byte[0]));
            }
            long seqServed = misbehaviour == Misbehaviour.WRONG_SEQ && seq == 70 ? 71 : seq;
            served.add("{\"leaf\":" + TestLog.quote(text) + ",\"leafHash\":\"" + leafHash + "\",\"seq\":" + seqServed
                    + "}");
        }
        String next = to < log.entries.size()
                ? "\"" + url() + "/api/public/log/entries?from=" + to + "&limit=" + ENTRIES_PAGE + "\""
                : "null";
        return "{\"entries\":[" + String.join(",", served) + "],\"next\":" + next + ",\"treeSize\":"
                + log.entries.size() + "}";
    }

    private String inclusion(long seq, long treeSize) {
        List<byte[]> leaves = log.leafHashes(treeSize);
        List<byte[]> path = new ArrayList<>(ReferenceMerkle.inclusionPath((int) seq, leaves));
        if (misbehaviour == Misbehaviour.WRONG_AUDIT_PATH && treeSize == 128 && !path.isEmpty()) {
            path.set(0, MerkleHashes.emptyRoot());
        }
        return "{\"auditPath\":" + hexes(path) + ",\"leafHash\":\"" + Hex.of(leaves.get((int) seq)) + "\",\"seq\":"
                + seq
                + ",\"treeSize\":" + treeSize + "}";
    }

    private String consistency(long first, long second) {
        List<byte[]> path = new ArrayList<>(ReferenceMerkle.consistencyPath((int) first, log.leafHashes(second)));
        if (misbehaviour == Misbehaviour.WRONG_CONSISTENCY_PATH && second == 200) {
            path.removeLast();
        }
        return "{\"consistencyPath\":" + hexes(path) + ",\"first\":" + first + ",\"second\":" + second + "}";
    }

    private static String hexes(List<byte[]> hashes) {
        return hashes.stream().map(hash -> "\"" + Hex.of(hash) + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static Map<String, Long> query(String raw) {
        Map<String, Long> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
