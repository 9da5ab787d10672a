// The template the HTML report is written from: values escaped, sections repeated or left out,
// the lines of section tags not written, a mistake in the template reported.
#include <gtest/gtest.h>

#include <stdexcept>

#include "render/page_template.hpp"

namespace reportkit::render {
namespace {

std::string bracketed(std::string_view text) { return "[" + std::string(text) + "]"; }

TEST(PageTemplate, WritesEachValueThroughTheEscapeAndEachEntryOfAList) {
    PageValues values;
    values.set("title", "<Report>");
    values.add("rows").set("name", "a");
    values.add("rows").set("name", "b");
    EXPECT_EQ(fillPage("<h1>{{title}}</h1>{{#rows}}<td>{{name}}</td>{{/rows}}", values, bracketed),
              "<h1>[<Report>]</h1><td>[a]</td><td>[b]</td>");
}

TEST(PageTemplate, AConditionIsWrittenOnceOrNotAndItsInverseWhenItDoesNotHold) {
    PageValues values;
    values.add("rows").flag("ok", true);
    values.add("rows").flag("ok", false);
    EXPECT_EQ(fillPage("{{#rows}}{{#ok}}yes{{/ok}}{{^ok}}no{{/ok}};{{/rows}}{{^missing}}none{{/missing}}", values, bracketed),
              "yes;no;none");
}

TEST(PageTemplate, ANameNotInTheEntryIsTheOneAroundIt) {
    PageValues values;
    values.set("empty", "nothing");
    values.add("documents").set("path", "a.txt");
    values.add("documents").set("path", "b.txt").add("findings").set("message", "m");
    EXPECT_EQ(fillPage("{{#documents}}{{path}}:{{#findings}}{{message}} in {{path}}{{/findings}}{{^findings}}{{empty}}{{/findings}} {{/documents}}",
                       values, bracketed),
              "[a.txt]:[nothing] [b.txt]:[m] in [b.txt] ");
}

TEST(PageTemplate, TheLinesOfSectionTagsAndCommentsAreNotWrittenOtherLinesAre) {
    PageValues values;
    values.add("rows").set("name", "a");
    values.add("rows").set("name", "b");
    EXPECT_EQ(fillPage("<table>\n{{! one row a line }}\n  {{#rows}}\n<tr>{{name}}</tr>\n  {{/rows}}\n</table>", values, bracketed),
              "<table>\n<tr>[a]</tr>\n<tr>[b]</tr>\n</table>");
}

TEST(PageTemplate, AMistakeInTheTemplateIsReported) {
    const PageValues values;
    EXPECT_THROW(fillPage("{{unknown}}", values, bracketed), std::logic_error);
    EXPECT_THROW(fillPage("{{#rows}}never closed", values, bracketed), std::logic_error);
    EXPECT_THROW(fillPage("{{title", values, bracketed), std::logic_error);
}

}  // namespace
}  // namespace reportkit::render
