package org.accord.transparency.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.accord.transparency.internal.app.LogQueries;
import org.accord.transparency.internal.app.LogQueries.ConsistencyProof;
import org.accord.transparency.internal.app.LogQueries.HeadPage;
import org.accord.transparency.internal.app.LogQueries.InclusionProof;
import org.accord.transparency.internal.app.LogQueries.Leaf;
import org.accord.transparency.internal.app.LogQueries.LeafRange;
import org.accord.transparency.internal.app.LogQueries.PublicKey;
import org.accord.transparency.internal.app.LogQueries.SignedHead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The public log as its wire contract defines it (docs/modules/transparency.md): entries, signed heads, proofs, the key
 * and the whole log in one file, for anyone, without sign-in, rate-limited per client address.
 */
@Path(PublicLogApi.PATH)
@Tag(name = "Public log", description = "The tamper-evident record of the group's decisions (RFC 9162); no sign-in")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicLogApi {

    static final String PATH = "/api/public/log";
    private static final int DEFAULT_LIMIT = 100;

    /** Entries from one number on; {@code next} is the address of the following page, null at the log's end. */
    public record EntriesPage(long treeSize, List<Leaf> entries, String next) {
    }

    /** Signed heads in ascending size; {@code next} is the address of the following page, null after the last. */
    public record HeadsPage(List<SignedHead> heads, String next) {
    }

    private final LogQueries log;

    PublicLogApi(LogQueries log) {
        this.log = log;
    }

    @GET
    @Path("entries")
    @Operation(summary = "Entries in order from `from` (0 when absent), each with its canonical text and leaf hash")
    public EntriesPage entries(
            @RestQuery @Parameter(description = "The first entry's number", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0")) String from,
            @RestQuery @Parameter(description = "Entries per page, 1 to 1000; 100 when absent", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) String limit,
            UriInfo uri) {
        LeafRange range = log.entries(QueryNumbers.optional("from", from, 0),
                QueryNumbers.limit(limit, DEFAULT_LIMIT));
        return new EntriesPage(range.treeSize(), range.entries(), next(uri, "from", range.nextFrom()));
    }

    @GET
    @Path("heads")
    @Operation(summary = "Signed tree heads larger than `after` (all when absent), the first of each size, ascending")
    public HeadsPage heads(
            @RestQuery @Parameter(description = "List heads of larger trees only; -1 when absent", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "-1")) String after,
            @RestQuery @Parameter(description = "Heads per page, 1 to 1000; 100 when absent", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) String limit,
            UriInfo uri) {
        HeadPage page = log.heads(QueryNumbers.optional("after", after, -1), QueryNumbers.limit(limit, DEFAULT_LIMIT));
        return new HeadsPage(page.heads(), next(uri, "after", page.nextAfter()));
    }

    @GET
    @Path("heads/latest")
    @Operation(summary = "The newest signed tree head; 404 while none is signed")
    public SignedHead latestHead() {
        return log.latestHead();
    }

    @GET
    @Path("proofs/inclusion")
    @Operation(summary = "The audit path of entry `seq` in the tree of the signed head of size `treeSize`")
    public InclusionProof inclusion(
            @RestQuery @Parameter(description = "The entry's number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0")) String seq,
            @RestQuery @Parameter(description = "The size of a signed head, above `seq`", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String treeSize) {
        return log.inclusionProof(QueryNumbers.required("seq", seq), QueryNumbers.required("treeSize", treeSize));
    }

    @GET
    @Path("proofs/consistency")
    @Operation(summary = "The consistency proof between the trees of two signed heads, 0 < first <= second")
    public ConsistencyProof consistency(
            @RestQuery @Parameter(description = "The size of the older signed head", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String first,
            @RestQuery @Parameter(description = "The size of the newer signed head", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String second) {
        return log.consistencyProof(QueryNumbers.required("first", first), QueryNumbers.required("second", second));
    }

    @GET
    @Path("key")
    @Operation(summary = "The Ed25519 public key that signs the tree heads, as Base64 DER and as PEM")
    public PublicKey key() {
        return log.publicKey();
    }

    @GET
    @Path("export")
    @Operation(summary = "The whole log in one file: the key, every entry's text in order, every signed head; what"
            + " `verify-log --file` reads")
    public Response export() {
        StreamingOutput body = log::export;
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"accord-log.json\"").build();
    }

    private static String next(UriInfo uri, String parameter, Long value) {
        return value == null ? null : uri.getRequestUriBuilder().replaceQueryParam(parameter, value).build().toString();
    }
}
