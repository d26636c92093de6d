package com.celebrantportal.query.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a list: its items and the cursor of the next page, null on the last page. */
public record CursorPage<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
}
