package org.accord.platform.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keyset pagination of the API's lists (ADR 0015). A cursor is the last item's sort key, signed together with the path
 * of the list that gave it out, so a cursor that was altered or belongs to another list is refused rather than read.
 */
@ApplicationScoped
public class Paging {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_LENGTH = 16;
    private static final TypeReference<List<String>> VALUES = new TypeReference<>() {
    };

    private final SecretKeySpec key;
    private final ObjectMapper json;

    Paging(@ConfigProperty(name = "accord.api.cursor-key") String key, ObjectMapper json) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.json = json;
    }

    public PageRequest request(PageParams params) {
        return new PageRequest(limit(params.limit), blank(params.cursor) ? null : decode(params.uri, params.cursor));
    }

    /** The page as {@link Page}, with a {@code Link: <…>; rel="next"} header that keeps every other parameter. */
    public <T> RestResponse<Page<T>> respond(PageParams params, Slice<T> slice) {
        if (slice.next() == null) {
            return RestResponse.ok(new Page<>(slice.items(), null));
        }
        String cursor = encode(params.uri, slice.next());
        URI next = params.uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
        return RestResponse.ResponseBuilder.ok(new Page<>(slice.items(), cursor)).link(next, "next").build();
    }

    private static int limit(String limit) {
        if (blank(limit)) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like any other value outside the range
        }
        throw RuleViolation.invalid("limit", Text.of("platform.limit", PageRequest.MAX_LIMIT));
    }

    private String encode(UriInfo uri, Keyset keyset) {
        try {
            byte[] payload = json.writeValueAsBytes(keyset.values());
            byte[] token = new byte[TAG_LENGTH + payload.length];
            System.arraycopy(tag(uri, payload), 0, token, 0, TAG_LENGTH);
            System.arraycopy(payload, 0, token, TAG_LENGTH, payload.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (IOException e) {
            throw new IllegalStateException("A sort key could not be written as JSON", e);
        }
    }

    private Keyset decode(UriInfo uri, String cursor) {
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor.strip());
        } catch (IllegalArgumentException e) {
            throw Keyset.foreign();
        }
        if (token.length <= TAG_LENGTH) {
            throw Keyset.foreign();
        }
        byte[] payload = Arrays.copyOfRange(token, TAG_LENGTH, token.length);
        if (!MessageDigest.isEqual(Arrays.copyOf(token, TAG_LENGTH), tag(uri, payload))) {
            throw Keyset.foreign();
        }
        try {
            return new Keyset(json.readValue(payload, VALUES));
        } catch (IOException e) {
            throw Keyset.foreign();
        }
    }

    private byte[] tag(UriInfo uri, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(uri.getPath().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), TAG_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
