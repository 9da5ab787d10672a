#pragma once
// Where a list of rows changed, found from the rows it kept at its start and at its end: what a
// view of `before` must change to show `after`, and no more. The sidebar's lists use it to change
// only their rows that changed.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace reportkit {

// The rows [start, start + removed) of `before` became the rows [start, start + added) of
// `after`; the rows before and after these are the same in both.
struct RowChange {
    std::size_t start = 0;
    std::size_t removed = 0;
    std::size_t added = 0;
};

template <typename Row>
RowChange changedRows(const std::vector<Row>& before, const std::vector<Row>& after) {
    const std::size_t shorter = std::min(before.size(), after.size());
    std::size_t start = 0;
    while (start < shorter && before[start] == after[start]) ++start;
    std::size_t kept = 0;  // at the end
    while (kept < shorter - start && before[before.size() - 1 - kept] == after[after.size() - 1 - kept]) ++kept;
    return {start, before.size() - start - kept, after.size() - start - kept};
}

}  // namespace reportkit
