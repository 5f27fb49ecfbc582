package org.staffcast.api.common;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.staffcast.api.error.ProblemException;

/** Query parameters {@code page} (from 0) and {@code size} (1..500, default 50) of every list endpoint. */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /** Sorted by id so pages are stable. */
    public static Pageable of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > 1_000_000) {
            throw ProblemException.invalid("page", "must be between 0 and 1000000");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return Pageable.from(p, s, Sort.of(Sort.Order.asc("id")));
    }
}
