// The incremental check gives a whole check's answer: random edits (insert, delete, split and join
// paragraphs, change a marker, change a font) to generated reports, each followed by both checks.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "../../bench/report_generator.hpp"
#include "fixtures.hpp"
#include "format_fixtures.hpp"
#include "incremental_check.hpp"
#include "random_reports.hpp"
#include "utf8.hpp"

namespace reportkit::test {
namespace {

// Everything of a report a panel, a fix or a file shows, one line a finding.
std::string describe(const DocumentReport& report) {
    std::ostringstream out;
    out << report.templateId << ' ' << report.paragraphs << '\n';
    for (const Finding& f : report.findings) {
        out << f.rule << ' ' << static_cast<int>(f.severity) << " @" << f.paragraph << ':' << f.place.start << '+'
            << f.place.length << ' ' << f.messageKey << " [" << f.found << "] [" << f.expected << "] " << f.opening
            << (f.ignored ? " ignored" : "") << " repeats";
        for (const int repeat : f.repeats) out << ' ' << repeat;
        for (const auto& [name, text] : f.texts) out << ' ' << name << '=' << text.in("zh-CN") << '/' << text.in("en");
        if (f.fix) {
            for (const TextEdit& e : f.fix->text)
                out << " text(" << e.paragraph << ',' << e.start << ',' << e.length << ',' << e.replacement << ','
                    << e.original << ',' << e.paragraphHash << ')';
            for (const ListEdit& e : f.fix->list)
                out << " list(" << e.paragraph << ',' << static_cast<int>(e.action) << ',' << e.startValue << ','
                    << e.label << ',' << e.paragraphHash << ')';
            for (const FormatEdit& e : f.fix->format)
                out << " format(" << e.paragraph << ',' << e.start << ',' << e.length << ',' << e.paragraphHash << ','
                    << (e.font ? e.font->points : 0) << ',' << e.black << ',' << e.firstLineIndentMm.value_or(-1) << ','
                    << e.pageStyle << ')';
        }
        out << '\n';
    }
    for (const SectionResult& s : report.sections) out << "section " << s.id << ' ' << s.present << ' ' << s.paragraph << '\n';
    for (const TopicResult& t : report.topics) {
        out << "topic " << t.id << ' ' << t.covered;
        for (const int paragraph : t.paragraphs) out << ' ' << paragraph;
        out << '\n';
    }
    return out.str();
}

const std::vector<CharacterFormat>& fonts() {
    static const std::vector<CharacterFormat> list = {{"仿宋_GB2312", 16, false, -1}, {"黑体", 16, false, -1},
                                                      {"楷体_GB2312", 16, false, -1}, {"Liberation Serif", 12, false, -1},
                                                      {"仿宋_GB2312", 16, false, 0xFF0000}, {"方正小标宋简体", 22, false, -1}};
    return list;
}

int utf16Length(const std::string& text) { return static_cast<int>(utf8::utf16Length(text)); }

// A paragraph of the text in one format, as Writer reads it.
Paragraph paragraphOf(std::string text, const CharacterFormat& font, double indentMm, int page) {
    Paragraph paragraph;
    paragraph.format.runs.push_back({0, utf16Length(text), font});
    paragraph.text = std::move(text);
    paragraph.format.firstLineIndentMm = indentMm;
    paragraph.format.page = page;
    return paragraph;
}

class RandomEdits {
public:
    explicit RandomEdits(unsigned seed) : random_(seed) {}

    // One of: a generated report in the default format, random GB/T 9704 structures in random
    // fonts, a well-formatted report, or plain text.
    Document report() {
        const int kind = pick(4);
        if (kind == 2) return formattedReport();
        Document document = documentFromText(kind == 0 ? bench::generateReport(2, random_() % 2 == 0)
                                                        : joinLines(randomReport(random_())),
                                             "random.txt");
        if (kind == 3) return document;
        document.hasFormat = true;
        PageFormat page;
        page.style = "Standard";
        page.widthMm = 210, page.heightMm = 297, page.topMm = 37, page.bottomMm = 35, page.leftMm = 28, page.rightMm = 26;
        document.pages.push_back(page);
        for (Paragraph& paragraph : document.paragraphs)
            paragraph = paragraphOf(paragraph.text, kind == 0 ? fonts()[3] : randomFont(), kind == 0 ? 0 : randomIndent(), 0);
        return document;
    }

    // One random edit.
    void edit(Document& document) {
        auto& paragraphs = document.paragraphs;
        const int at = pick(static_cast<int>(paragraphs.size()));
        switch (pick(7)) {
            case 0:  // insert a paragraph
                paragraphs.insert(paragraphs.begin() + at, formatted(document, randomLine()));
                break;
            case 1:  // delete one
                if (paragraphs.size() > 2) paragraphs.erase(paragraphs.begin() + at);
                break;
            case 2: {  // split one where the cursor is
                const std::string text = paragraphs[at].text;
                std::vector<std::size_t> cuts{0};
                for (std::size_t pos = 0; pos < text.size(); cuts.push_back(pos)) utf8::next(text, pos);
                const std::size_t cut = cuts[random_() % cuts.size()];
                Paragraph second = formatted(document, text.substr(cut));
                paragraphs[at] = formatted(document, text.substr(0, cut));
                if (document.hasFormat) second.format.runs.front().format = paragraphs[at].format.runs.front().format;
                paragraphs.insert(paragraphs.begin() + at + 1, std::move(second));
                break;
            }
            case 3:  // join one with the next
                if (at + 1 < static_cast<int>(paragraphs.size())) {
                    Paragraph& first = paragraphs[at];
                    const int shift = utf16Length(first.text);
                    first.text += paragraphs[at + 1].text;
                    for (FormatRun run : paragraphs[at + 1].format.runs)
                        if (run.length > 0) first.format.runs.push_back({run.start + shift, run.length, run.format});
                    paragraphs.erase(paragraphs.begin() + at + 1);
                }
                break;
            case 4: {  // change or add a marker
                static const std::vector<std::string> markers = {"一、", "二、", "（一）", "（二）", "1.", "2．", "3、", "（1）", "(2)", "五."};
                const Paragraph& old = paragraphs[at];
                std::string text = old.text;
                if (std::optional<Marker> marker = findMarker(text, NumberingScheme{})) text.erase(marker->offset, marker->text.size());
                paragraphs[at] = formatted(document, markers[random_() % markers.size()] + text);
                if (document.hasFormat && !old.format.runs.empty()) paragraphs[at].format.runs.front().format = old.format.runs.front().format;
                break;
            }
            case 5:  // change a paragraph's font
                for (FormatRun& run : paragraphs[at].format.runs) run.format = randomFont();
                break;
            default: {  // type at its end: a character, or a slip of the punctuation, numbers or terms rules
                static const std::vector<std::string> typed = {"字", "：", ",完成", "。。", "于2021年03月", "截止目前",
                                                               "习近平新时代特色社会主义思想", "2021-2023年"};
                paragraphs[at].text += typed[random_() % typed.size()];
                if (!paragraphs[at].format.runs.empty()) paragraphs[at].format.runs.back().length = utf16Length(paragraphs[at].text) - paragraphs[at].format.runs.back().start;
                break;
            }
        }
    }

private:
    int pick(int count) { return count > 0 ? static_cast<int>(random_() % static_cast<unsigned>(count)) : 0; }
    CharacterFormat randomFont() { return fonts()[random_() % fonts().size()]; }
    double randomIndent() { return random_() % 3 ? 11.3 : 0; }
    std::string randomLine() {
        const std::vector<std::string> lines = randomReport(random_());
        return lines[random_() % lines.size()];
    }
    Paragraph formatted(const Document& document, std::string text) {
        Paragraph paragraph = paragraphOf(std::move(text), randomFont(), randomIndent(), document.pages.empty() ? -1 : 0);
        if (!document.hasFormat) paragraph.format = {};
        return paragraph;
    }

    std::mt19937 random_;
};

TEST(IncrementalCheck, RandomEditsGiveTheWholeCheckAnswer) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        RandomEdits edits(seed);
        Document document = edits.report();
        const TemplateChoice choice = chooseTemplate(builtInTemplates(), document, "");
        IncrementalCheck incremental;
        for (int step = 0; step < 25; ++step) {
            // With the kind chosen at first, as the live check keeps it between whole readings, and without.
            const Template* chosen = step % 4 == 3 ? nullptr : choice.chosen;
            const DocumentReport whole = checkDocument(document, chosen, choice.source);
            ASSERT_EQ(describe(incremental.check(document, chosen, choice.source)), describe(whole))
                << "seed " << seed << ", after " << step << " edits";
            edits.edit(document);
        }
    }
}

TEST(IncrementalCheck, ATypedCharacterRunsTheLocalRulesOnItsParagraphOnly) {
    Document document = formattedReport();
    IncrementalCheck incremental;
    incremental.check(document, nullptr, TemplateSource::none);
    const int body = paragraphStarting(document, "（一）");
    ASSERT_GE(body, 0);
    document.paragraphs[body].text += "字";
    document.paragraphs[body].format.runs.back().length += 1;
    const DocumentReport report = incremental.check(document, nullptr, TemplateSource::none);
    std::size_t local = 0;
    for (const auto& rule : allRules()) local += rule->locality() != Locality::document;
    EXPECT_EQ(incremental.paragraphRuns(), local);
    EXPECT_EQ(describe(report), describe(checkDocument(document, nullptr, TemplateSource::none)));
    // A paragraph of body text copied below itself: the paragraphs after it move, and none is
    // checked again (the copy reads as its original).
    const Paragraph copied = document.paragraphs[body + 1];
    document.paragraphs.insert(document.paragraphs.begin() + body + 1, copied);
    incremental.check(document, nullptr, TemplateSource::none);
    EXPECT_EQ(incremental.paragraphRuns(), 0u);
}

TEST(IncrementalCheck, AFailingLocalRuleLeavesItsNoteAsAWholeCheckDoes) {
    class Failing final : public Rule {
    public:
        std::string_view id() const override { return "test.failing"; }
        Locality locality() const override { return Locality::paragraph; }
        void check(const CheckInput& input, std::vector<Finding>&) const override {
            if (input.document.paragraphs.front().text.find("失败") != std::string::npos) throw std::runtime_error("fails here");
        }
    };
    std::vector<std::unique_ptr<Rule>> rules;
    rules.push_back(std::make_unique<Failing>());
    Document document = documentFromText("一、情况\n正文\n", "t.txt");
    IncrementalCheck incremental;
    EXPECT_TRUE(incremental.check(document, nullptr, TemplateSource::none, {}, rules).findings.empty());
    document.paragraphs[1].text = "失败";
    const DocumentReport failed = incremental.check(document, nullptr, TemplateSource::none, {}, rules);
    ASSERT_EQ(failed.findings.size(), 1u);
    EXPECT_EQ(failed.findings[0].messageKey, "engine.rule-failed");
    EXPECT_EQ(failed.findings[0].found, "fails here");
    document.paragraphs[1].text = "正文";
    EXPECT_TRUE(incremental.check(document, nullptr, TemplateSource::none, {}, rules).findings.empty());
}

}  // namespace
}  // namespace reportkit::test
