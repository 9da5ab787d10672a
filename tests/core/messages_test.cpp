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

// A list as each language writes it: the separator's space survives (a value's own end is trimmed).
TEST(MessageCatalog, ListsAreJoinedAsTheLanguageDoes) {
    for (const auto& [locale, expected] : {std::pair{"en", "黑体, 楷体, 仿宋"}, {"zh-CN", "黑体、楷体、仿宋"}}) {
        const auto catalog = MessageCatalog::load(test::sourcePath("extension/messages"), locale);
        std::string list;
        for (const char* item : {"黑体", "楷体", "仿宋"}) addToList(list, item, catalog);
        EXPECT_EQ(list, expected);
    }
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
