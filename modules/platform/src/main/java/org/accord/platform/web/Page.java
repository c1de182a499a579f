package org.accord.platform.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every list the API returns. */
public record Page<T>(List<T> items,
        @Schema(description = "Pass as cursor to read the next page; null on the last page") String nextCursor) {
}
