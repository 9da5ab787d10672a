// structure.placeholder: a prompt of the template's skeleton is still in the document, unreplaced.
#include <algorithm>
#include <functional>

#include "../report_template.hpp"
#include "../utf8.hpp"
#include "rules.hpp"

namespace reportkit {

namespace {

class StructurePlaceholder final : public Rule {
public:
    std::string_view id() const override { return "structure.placeholder"; }

    void check(const CheckInput& input, std::vector<Finding>& findings) const override {
        if (!input.reportTemplate) return;
        // Every prompt in every language: the document may have been started in the other one.
        std::vector<std::string> prompts;
        const auto collect = [&](const LocalisedText& prompt) {
            for (const auto& [language, text] : prompt.byLanguage)
                if (!text.empty()) prompts.push_back(text);
        };
        for (const SectionSpec& section : input.reportTemplate->sections) {
            collect(section.prompt);
            collect(section.itemPrompt);
        }
        for (const auto* frame : {&input.reportTemplate->opening, &input.reportTemplate->closing})
            for (const FrameParagraph& paragraph : *frame) collect(paragraph.prompt);
        if (prompts.empty()) return;
        using Searcher = std::boyer_moore_horspool_searcher<std::string::const_iterator>;
        std::vector<Searcher> searchers;
        for (const std::string& prompt : prompts) searchers.emplace_back(prompt.begin(), prompt.end());

        const auto& paragraphs = input.document.paragraphs;
        for (std::size_t index = 0; index < paragraphs.size(); ++index) {
            const std::string& text = paragraphs[index].text;
            for (std::size_t p = 0; p < prompts.size(); ++p) {
                const auto found = std::search(text.begin(), text.end(), searchers[p]);
                if (found == text.end()) continue;
                const std::size_t offset = static_cast<std::size_t>(found - text.begin());
                Finding unfilled = finding(static_cast<int>(index), Severity::error, "structure.placeholder",
                                           utf8::prefix(prompts[p], 20), "");
                unfilled.place = {static_cast<int>(utf8::utf16Length(std::string_view(text).substr(0, offset))),
                                  static_cast<int>(utf8::utf16Length(prompts[p]))};
                findings.push_back(std::move(unfilled));
                break;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> makeStructurePlaceholderRule() { return std::make_unique<StructurePlaceholder>(); }

}  // namespace reportkit
