package cn.shanghai.achievements.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many there are in all. */
@Schema(name = "Page")
public record PageView<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "1") int page,
        @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "137") long total) {

    public static <E, T> PageView<T> of(List<E> entities, Function<E, T> view, PageRequest request, long total) {
        return new PageView<>(entities.stream().map(view).toList(), request.page(), request.size(), total);
    }

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
