package org.accord.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list as a query found it: its items, and the key to continue after (null on the last page). */
public record Slice<T>(List<T> items, Keyset next) {

    /**
     * @param fetched
     *            the rows a query read for {@code request}, at most {@link PageRequest#fetchSize()} of them
     * @param key
     *            the sort key of a row, the one the query orders and continues by
     */
    public static <T> Slice<T> of(List<T> fetched, PageRequest request, Function<T, Keyset> key) {
        if (fetched.size() <= request.limit()) {
            return new Slice<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, request.limit()));
        return new Slice<>(items, key.apply(items.getLast()));
    }

    public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
        return new Slice<>(items.stream().<R> map(mapper).toList(), next);
    }
}
