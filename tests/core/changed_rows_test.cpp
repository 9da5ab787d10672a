#include <gtest/gtest.h>

#include <string>
#include <tuple>

#include "changed_rows.hpp"

namespace reportkit {
namespace {

using Rows = std::vector<std::string>;

// The change as (start, removed, added).
std::tuple<std::size_t, std::size_t, std::size_t> change(const Rows& before, const Rows& after) {
    const RowChange found = changedRows(before, after);
    return {found.start, found.removed, found.added};
}

TEST(ChangedRows, TheSameRowsAreNoChange) {
    EXPECT_EQ(change({"a", "b", "c"}, {"a", "b", "c"}), std::make_tuple(3u, 0u, 0u));
    EXPECT_EQ(change({}, {}), std::make_tuple(0u, 0u, 0u));
}

TEST(ChangedRows, OneRowRewrittenIsThatRowAlone) {
    EXPECT_EQ(change({"a", "b", "c", "d"}, {"a", "B", "c", "d"}), std::make_tuple(1u, 1u, 1u));
}

TEST(ChangedRows, RowsComeAndGoBetweenTheRowsKept) {
    EXPECT_EQ(change({"a", "d"}, {"a", "b", "c", "d"}), std::make_tuple(1u, 0u, 2u));
    EXPECT_EQ(change({"a", "b", "c", "d"}, {"a", "d"}), std::make_tuple(1u, 2u, 0u));
    EXPECT_EQ(change({"a", "b"}, {"a", "b", "c"}), std::make_tuple(2u, 0u, 1u));
    EXPECT_EQ(change({"b", "c"}, {"a", "b", "c"}), std::make_tuple(0u, 0u, 1u));
}

TEST(ChangedRows, AnEmptyListIsFilledOrEmptiedWhole) {
    EXPECT_EQ(change({}, {"a", "b"}), std::make_tuple(0u, 0u, 2u));
    EXPECT_EQ(change({"a", "b"}, {}), std::make_tuple(0u, 2u, 0u));
}

// Repeated rows: a row counts for the start or for the end, never both.
TEST(ChangedRows, ARowKeptIsCountedOnce) {
    EXPECT_EQ(change({"a", "a"}, {"a", "a", "a"}), std::make_tuple(2u, 0u, 1u));
    EXPECT_EQ(change({"a", "a", "a"}, {"a"}), std::make_tuple(1u, 2u, 0u));
}

}  // namespace
}  // namespace reportkit
