#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "messages.hpp"

namespace reportkit {
namespace {

TEST(MessageCatalog, FormatsPlaceholdersAndLineBreaks) {
    const auto catalog = MessageCatalog::fromProperties(
        "# comment\nnumbering.style = 序号“{found}”应为“{expected}”\nmulti=a\\nb\n");
    EXPECT_EQ(catalog.format("numbering.style", {{"found", "二."}, {"expected", "二、"}}), "序号“二.”应为“二、”");
    EXPECT_EQ(catalog.format("multi"), "a\nb");
    EXPECT_EQ(catalog.format("unknown.key"), "unknown.key");
}

TEST(MessageCatalog, LocaleNames) {
    EXPECT_EQ(MessageCatalog::catalogLocale("zh-CN"), "zh_CN");
    EXPECT_EQ(MessageCatalog::catalogLocale("zh_CN.UTF-8"), "zh_CN");
    EXPECT_EQ(MessageCatalog::catalogLocale("en-US"), "en_US");
    EXPECT_EQ(MessageCatalog::catalogLocale(""), "en_US");
}

// Every key of one language exists in the other, so no user ever sees a raw key.
TEST(MessageCatalog, ShippedCataloguesHaveTheSameKeys) {
    const std::string dir = test::sourcePath("extension/messages");
    const auto english = MessageCatalog::fromProperties(test::readFile(dir + "/Messages_en_US.properties"));
    const auto chinese = MessageCatalog::fromProperties(test::readFile(dir + "/Messages_zh_CN.properties"));
    EXPECT_EQ(english.keys(), chinese.keys());
    EXPECT_TRUE(english.contains("numbering.style"));
    const auto loaded = MessageCatalog::load(dir, "zh-CN");
    EXPECT_EQ(loaded.format("severity.error"), "错误");
    EXPECT_EQ(MessageCatalog::load(dir, "en").format("severity.error"), "error");
}

}  // namespace
}  // namespace reportkit
