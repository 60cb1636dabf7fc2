package org.aiplatform.kernel.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. Serialised as {@code {"items": [...], "next_page_token": "..."}}; the token is absent on the
 * last page.
 *
 * @param <T> the item type
 * @param items the items of this page, in list order
 * @param nextPageToken the token of the next page, or null on the last page
 * @since 1.0.0
 */
public record Page<T>(List<T> items, String nextPageToken) {

    /**
     * @param items the items
     * @param nextPageToken the next token, or null
     */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * @param <T> the item type
     * @param items the items of this page
     * @param nextCursor the position after the last item when more items follow, else null
     * @return the page with its opaque next token
     */
    public static <T> Page<T> of(List<T> items, String nextCursor) {
        return new Page<>(items, nextCursor == null ? null : PageRequest.encode(nextCursor));
    }

    /**
     * @param <R> the new item type
     * @param mapper converts each item
     * @return the same page with converted items
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextPageToken);
    }
}
