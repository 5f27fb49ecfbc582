package org.staffcast.api.common;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code items}, zero-based {@code page}, page {@code size} and the {@code total} count. */
@Serdeable
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> map) {
        return new PageDto<>(page.getContent().stream().map(map).toList(), page.getPageNumber(), page.getSize(),
                page.getTotalSize());
    }
}
