package org.accord.verifylog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

/**
 * {@code verify-log}: prints a verdict on Accord's public log and exits 0 (verified), 1 (failed) or 2 (could not
 * check).
 */
public final class Main {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int CANNOT_CHECK = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, (wait, uri) -> {
            System.err.println("The server asks to wait " + wait.toSeconds() + " s (rate limit); waiting.");
            Thread.sleep(wait);
        }));
    }

    static int run(String[] args, PrintStream out, PrintStream err, LogServer.Retry retry) {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            out.println(Options.USAGE);
            return VERIFIED;
        }
        try {
            Options options = Options.parse(args);
            Verdict verdict = verify(options, retry);
            verdict.notes().forEach(out::println);
            out.println(verdict.line());
            return verdict.verified() ? VERIFIED : FAILED;
        } catch (Options.UsageException e) {
            err.println("ERROR: " + e.getMessage());
            err.println(Options.USAGE);
            return CANNOT_CHECK;
        } catch (MalformedJsonException e) {
            out.println("FAILED: " + e.getMessage());
            return FAILED;
        } catch (NoSuchFileException e) {
            err.println("ERROR: no such file: " + e.getFile());
            return CANNOT_CHECK;
        } catch (IOException e) {
            err.println("ERROR: " + e.getMessage());
            return CANNOT_CHECK;
        }
    }

    private static Verdict verify(Options options, LogServer.Retry retry) throws IOException, Options.UsageException {
        LogVerifier verifier = new LogVerifier(pinnedKey(options));
        if (options.file() != null) {
            try (Reader export = new InputStreamReader(Files.newInputStream(options.file()),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
                ExportReader.read(export, verifier);
            }
            return verifier.verdict(null);
        }
        LogServer server = new LogServer(options.url(), retry);
        server.read(verifier);
        return verifier.verdict(server);
    }

    private static PublicKey pinnedKey(Options options) throws IOException, Options.UsageException {
        if (options.key() == null) {
            return null;
        }
        try {
            return PublicKeys.read(options.key());
        } catch (GeneralSecurityException e) {
            throw new Options.UsageException(options.key() + " holds no Ed25519 public key (PEM, Base64 or DER)");
        }
    }
}
