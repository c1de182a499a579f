package org.accord.verifylog;

import java.net.URI;
import java.nio.file.Path;

/** The command line: where the log comes from ({@code --url} or {@code --file}) and the key to pin, if any. */
record Options(URI url, Path file, Path key) {

    static final String USAGE = """
            Usage: verify-log --url <Accord's address> [--key <public key file>]
                   verify-log --file <export.json> [--key <public key file>]

            Verifies Accord's public transparency log offline: every entry's form, position and hash, the root of
            every signed head, each head's Ed25519 signature, and (with --url) the server's consistency and inclusion
            proofs. --key pins the log's public key (PEM, Base64 or DER); without it the key the log publishes is used.
            Exit code: 0 verified, 1 verification failed, 2 usage or network error.""";

    /** A command line this tool cannot act on. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String... args) throws UsageException {
        URI url = null;
        Path file = null;
        Path key = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 == args.length) {
                throw new UsageException(
                        option.startsWith("--") ? option + " needs a value" : "unknown argument " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> url = url(value);
                case "--file" -> file = Path.of(value);
                case "--key" -> key = Path.of(value);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if ((url == null) == (file == null)) {
            throw new UsageException("give either --url or --file");
        }
        return new Options(url, file, key);
    }

    private static URI url(String value) throws UsageException {
        try {
            URI url = new URI(value);
            if (("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))
                    && url.getHost() != null && url.getQuery() == null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, as every other unusable address
        }
        throw new UsageException("--url needs Accord's http(s) address, such as https://accord.example: " + value);
    }
}
