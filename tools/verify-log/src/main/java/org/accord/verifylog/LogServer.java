package org.accord.verifylog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Accord's public log API ({@code /api/public/log/...}): downloads the key, the heads and the entries page by page into
 * a verifier, and serves the proofs it asks for. A page in flight is all it holds of the log.
 */
final class LogServer implements ProofSource {

    private static final int PAGE = 1000;
    private static final int ATTEMPTS = 8;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final URI api;
    private final HttpClient http;
    private final Retry retry;

    /** How to wait when the server asks for patience (its rate limit); tests do not sleep. */
    interface Retry {

        void await(Duration wait, URI uri) throws InterruptedException;
    }

    LogServer(URI base, Retry retry) {
        String root = base.toString().replaceAll("/+$", "");
        this.api = URI.create(root + "/api/public/log/");
        this.retry = retry;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    void read(LogVerifier verifier) throws IOException {
        verifier.publishedKey(Fields.string(get(api.resolve("key")), "publicKey"));
        readHeads(verifier);
        readEntries(verifier);
    }

    /** Pages through the heads by tree size, as the contract's {@code after} parameter does. */
    private void readHeads(LogVerifier verifier) throws IOException {
        long after = -1;
        while (true) {
            Map<?, ?> answer = get(api.resolve("heads?after=" + after + "&limit=" + PAGE));
            List<?> heads = Fields.list(answer, "heads");
            heads.forEach(verifier::head);
            if (answer.get("next") == null || heads.isEmpty()) {
                return;
            }
            long last = Fields.count(Fields.object(heads.getLast(), "a head"), "treeSize");
            if (last <= after) {
                throw new MalformedJsonException("the server's heads after tree size " + after + " do not advance");
            }
            after = last;
        }
    }

    /**
     * Pages through the entries by position. The request for the next page is built here rather than taken from the
     * server's {@code next} link, which behind a proxy may name an address this client cannot reach.
     */
    private void readEntries(LogVerifier verifier) throws IOException {
        long from = 0;
        while (true) {
            Map<?, ?> answer = get(api.resolve("entries?from=" + from + "&limit=" + PAGE));
            List<?> entries = Fields.list(answer, "entries");
            for (Object served : entries) {
                Map<?, ?> entry = Fields.object(served, "an entry");
                String leafHash = entry.get("leafHash") instanceof String hash ? hash : null;
                String seq = String.valueOf(entry.get("seq") instanceof JsonNumber n ? n.text() : entry.get("seq"));
                if (!verifier.entry(Fields.string(entry, "leaf"), seq, leafHash)) {
                    return;
                }
            }
            from += entries.size();
            if (answer.get("next") == null || entries.isEmpty()) {
                return;
            }
        }
    }

    @Override
    public List<byte[]> consistencyPath(long first, long second) throws IOException {
        Map<?, ?> proof = get(api.resolve("proofs/consistency?first=" + first + "&second=" + second));
        if (Fields.count(proof, "first") != first || Fields.count(proof, "second") != second) {
            throw new MalformedJsonException("the server answered a consistency proof for other sizes than "
                    + first + " and " + second);
        }
        return Fields.hashes(proof, "consistencyPath");
    }

    @Override
    public InclusionProof inclusionProof(long seq, long treeSize) throws IOException {
        Map<?, ?> proof = get(api.resolve("proofs/inclusion?seq=" + seq + "&treeSize=" + treeSize));
        if (Fields.count(proof, "seq") != seq || Fields.count(proof, "treeSize") != treeSize) {
            throw new MalformedJsonException("the server answered an inclusion proof for another entry or size than "
                    + seq + " in " + treeSize);
        }
        return new InclusionProof(Fields.sha256(proof, "leafHash"), Fields.hashes(proof, "auditPath"));
    }

    private Map<?, ?> get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("User-Agent", "accord-verify-log")
                .build();
        try {
            for (int attempt = 1;; attempt++) {
                HttpResponse<String> response = send(request);
                int status = response.statusCode();
                if ((status == 429 || status == 503) && attempt < ATTEMPTS) {
                    retry.await(retryAfter(response), uri);
                    continue;
                }
                if (status != 200) {
                    throw new IOException("GET " + uri + " answered HTTP " + status + problemDetail(response.body()));
                }
                try {
                    return Fields.object(JsonReader.parse(response.body()), "the answer");
                } catch (MalformedJsonException e) {
                    throw new MalformedJsonException("the server's answer to GET " + uri + " is not what the log's"
                            + " contract says: " + e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + uri, e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException("cannot reach " + request.uri() + ": " + cause, e);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Duration wait = response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.matches("[0-9]{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(Duration.ofSeconds(2));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String problemDetail(String body) {
        try {
            Map<?, ?> problem = Fields.object(JsonReader.parse(body), "the problem");
            Object detail = problem.containsKey("detail") ? problem.get("detail") : problem.get("title");
            return detail == null ? "" : ": " + detail;
        } catch (MalformedJsonException e) {
            return "";
        }
    }
}
