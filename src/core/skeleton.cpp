#include "skeleton.hpp"

#include <algorithm>

#include "markers.hpp"
#include "utf8.hpp"

namespace reportkit {

namespace {

std::string dateText(Date date, const Template& reportTemplate) {
    if (reportTemplate.format.base == "plain") {
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date.year, date.month, date.day);
        return iso;
    }
    // GB/T 9704 writes dates in Arabic numerals with 年月日 and no leading zeros.
    return std::to_string(date.year) + "年" + std::to_string(date.month) + "月" + std::to_string(date.day) + "日";
}

// The standard marker of a section whose numbers from the top are `path`, e.g. {1, 2} → "（二）".
std::string markerOf(const NumberingScheme& scheme, const std::vector<int>& path) {
    const int level = static_cast<int>(path.size());
    switch (scheme.kind) {
        case SchemeKind::decimal: {
            std::string marker;
            for (const int number : path) marker += (marker.empty() ? "" : ".") + std::to_string(number);
            return marker + " ";
        }
        case SchemeKind::regulation:
            return standardMarker(scheme, level, path.back()) + "　";
        case SchemeKind::gbt9704:
            break;
    }
    return standardMarker(scheme, level, path.back());
}

TextRole headingRole(int level) { return static_cast<TextRole>(static_cast<int>(TextRole::heading1) + level - 1); }

void addFrame(const std::vector<FrameParagraph>& frame, const std::map<std::string, std::string>& values,
              std::string_view locale, std::vector<SkeletonParagraph>& out) {
    for (const FrameParagraph& paragraph : frame) {
        SkeletonParagraph result;
        result.text = substitute(paragraph.text, values);
        result.prompt = paragraph.prompt.in(locale);
        result.align = paragraph.align;
        out.push_back(std::move(result));
    }
}

}  // namespace

VariableValues resolveVariables(const Template& reportTemplate, const std::map<std::string, std::string>& given,
                                Date today) {
    VariableValues result;
    for (const auto& entry : given) {
        const std::string& id = entry.first;
        const bool declared = std::any_of(reportTemplate.variables.begin(), reportTemplate.variables.end(),
                                          [&](const VariableSpec& variable) { return variable.id == id; });
        if (!declared) result.problems.emplace_back("new.error.unknown-variable", id);
    }
    for (const VariableSpec& variable : reportTemplate.variables) {
        std::string value;
        if (const auto found = given.find(variable.id); found != given.end()) value = found->second;
        else if (!variable.defaultValue.empty()) value = variable.defaultValue;
        else if (variable.type == VariableSpec::Type::year) value = std::to_string(today.year);
        else if (variable.type == VariableSpec::Type::date) value = dateText(today, reportTemplate);
        if (value.empty() && variable.required) result.problems.emplace_back("new.error.missing-variable", variable.id);
        result.values[variable.id] = value;
    }
    return result;
}

namespace {

// substitute, noting where each value begins and ends in the result.
std::string substituteNoting(std::string_view text, const std::map<std::string, std::string>& values,
                             std::vector<std::size_t>* boundaries) {
    std::string result;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            result.append(text.substr(at));
            break;
        }
        result.append(text.substr(at, open - at));
        if (boundaries) boundaries->push_back(result.size());
        const auto value = values.find(std::string(text.substr(open + 1, close - open - 1)));
        result.append(value == values.end() ? std::string(text.substr(open, close - open + 1)) : value->second);
        if (boundaries) boundaries->push_back(result.size());
        at = close + 1;
    }
    return result;
}

// How wide a stretch of a title is in full-width characters: Latin letters and digits are half.
double titleWidth(std::string_view text) {
    double width = 0;
    for (std::size_t at = 0; at < text.size();) width += utf8::next(text, at) < 0x2E80 ? 0.5 : 1;
    return width;
}

}  // namespace

std::string substitute(std::string_view text, const std::map<std::string, std::string>& values) {
    return substituteNoting(text, values, nullptr);
}

std::string breakTitle(std::string_view title, const std::vector<std::size_t>& boundaries, double charactersPerLine) {
    if (charactersPerLine <= 0 || titleWidth(title) <= charactersPerLine) return std::string(title);
    // Where a line may end without breaking a word: around 关于 and after 的, 书记 and 年度, before
    // the kind of document, and where a filled-in value (a unit's name) begins or ends.
    std::vector<std::size_t> places(boundaries.begin(), boundaries.end());
    const auto addAll = [&](std::string_view word, bool after) {
        for (std::size_t at = title.find(word); at != std::string_view::npos; at = title.find(word, at + 1))
            places.push_back(after ? at + word.size() : at);
    };
    for (std::string_view word : {"的", "书记", "年度", "关于"}) addAll(word, true);
    for (std::string_view word : {"关于", "述职述廉报告", "述职报告", "工作总结", "工作要点", "工作计划", "实施方案",
                                  "调研报告", "对照检查材料", "情况报告", "纪要", "请示", "通知"})
        addAll(word, false);
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    // 的 and 书记 end what comes before them ("…党支部书记"), so no line starts with them.
    const auto startsBadly = [&](std::size_t at) {
        const std::string_view rest = title.substr(at);
        return rest.rfind("的", 0) == 0 || rest.rfind("书记", 0) == 0;
    };
    places.erase(std::remove_if(places.begin(), places.end(),
                                [&](std::size_t at) { return at == 0 || at >= title.size() || startsBadly(at); }),
                 places.end());
    // The most even split into two lines that fit, else into three; lines of even length make the
    // trapezoid or diamond GB/T 9704 7.3.1 asks for.
    std::string best;
    double bestSpread = -1;
    const auto consider = [&](std::vector<std::size_t> cuts) {
        cuts.insert(cuts.begin(), 0);
        cuts.push_back(title.size());
        double widest = 0, narrowest = charactersPerLine * 10;
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
            const double width = titleWidth(title.substr(cuts[i], cuts[i + 1] - cuts[i]));
            if (width > charactersPerLine) return;
            widest = std::max(widest, width);
            narrowest = std::min(narrowest, width);
        }
        if (bestSpread >= 0 && widest - narrowest >= bestSpread) return;
        bestSpread = widest - narrowest;
        best.clear();
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
            best += (i ? "\n" : "") + std::string(title.substr(cuts[i], cuts[i + 1] - cuts[i]));
    };
    for (std::size_t first : places) consider({first});
    if (bestSpread < 0)
        for (std::size_t first : places)
            for (std::size_t second : places)
                if (second > first) consider({first, second});
    return bestSpread < 0 ? std::string(title) : best;
}

std::string reportLanguage(const Template& reportTemplate) {
    for (const SectionSpec& section : reportTemplate.sections)
        for (std::size_t at = 0; at < section.heading.size();)
            if (const char32_t c = utf8::next(section.heading, at); c >= 0x4E00 && c <= 0x9FFF) return "zh-CN";
    return "en";
}

std::vector<SkeletonParagraph> buildSkeleton(const Template& reportTemplate,
                                             const std::map<std::string, std::string>& values, std::string_view locale) {
    const NumberingScheme scheme = reportTemplate.numbering.value_or(NumberingScheme{});
    std::vector<SkeletonParagraph> paragraphs;
    if (!reportTemplate.title.empty()) {
        SkeletonParagraph title;
        title.role = TextRole::title;
        std::vector<std::size_t> boundaries;
        const std::string text = substituteNoting(reportTemplate.title, values, &boundaries);
        const PageSpec& page = reportTemplate.format.page;
        const double titleMm = reportTemplate.format.font(TextRole::title).points * 25.4 / 72;
        title.text = breakTitle(text, boundaries, (page.widthMm - page.leftMm - page.rightMm) / titleMm);
        title.align = FrameParagraph::Align::centre;
        paragraphs.push_back(std::move(title));
    }
    addFrame(reportTemplate.opening, values, locale, paragraphs);

    const auto& sections = reportTemplate.sections;
    const auto find = [&](const std::string& id) {
        return std::find_if(sections.begin(), sections.end(), [&](const SectionSpec& s) { return s.id == id; });
    };
    std::map<std::string, int> itemsOf;                // numbers given so far under each parent ("" is the top)
    std::map<std::string, std::vector<int>> pathOf;    // each section's numbers from the top
    for (const SectionSpec& section : sections) {
        const auto parent = find(section.parent);
        const bool runIn = parent != sections.end() && parent->runIn;
        const bool hasChildren = std::any_of(sections.begin(), sections.end(),
                                             [&](const SectionSpec& s) { return s.parent == section.id; });
        SkeletonParagraph heading;
        heading.outlineLevel = section.level;
        std::vector<int>& path = pathOf[section.id];
        path = section.parent.empty() ? std::vector<int>{} : pathOf[section.parent];
        path.push_back(++itemsOf[section.parent]);
        heading.text = markerOf(scheme, path) + section.heading;
        if (runIn) {
            // "（一）主要数据。" followed by the prompt, in one body paragraph.
            heading.text += "。";
            heading.runIn = true;
            heading.prompt = section.prompt.in(locale);
            paragraphs.push_back(std::move(heading));
            continue;
        }
        heading.role = headingRole(section.level);
        paragraphs.push_back(std::move(heading));
        if (hasChildren) continue;
        if (!section.prompt.byLanguage.empty()) {
            SkeletonParagraph prompt;
            prompt.prompt = section.prompt.in(locale);
            paragraphs.push_back(std::move(prompt));
        }
        // The items the section conventionally has, numbered, each a prompt to write over.
        if (section.itemPrompt.byLanguage.empty() || section.level >= 4) continue;
        for (int number = 1; number <= section.minItems; ++number) {
            SkeletonParagraph item;
            item.outlineLevel = section.level + 1;
            std::vector<int> itemPath = path;
            itemPath.push_back(number);
            item.text = markerOf(scheme, itemPath);
            item.prompt = section.itemPrompt.in(locale);
            if (section.runIn) item.runIn = true;
            else item.role = headingRole(section.level + 1);
            paragraphs.push_back(std::move(item));
        }
    }
    addFrame(reportTemplate.closing, values, locale, paragraphs);
    return paragraphs;
}

std::vector<std::vector<std::string>> missingFamilies(const FormatProfile& profile, const std::set<std::string>& installed) {
    std::vector<std::vector<std::string>> missing;
    for (const FontSpec& font : profile.fonts)
        if (!font.families.empty() && firstInstalled(font.families, installed).empty() &&
            std::find(missing.begin(), missing.end(), font.families) == missing.end())
            missing.push_back(font.families);
    return missing;
}

std::string missingFontsMessage(const std::vector<std::vector<std::string>>& missing, const MessageCatalog& messages) {
    constexpr std::size_t kOtherNames = 2;  // enough to find it by; the chain's rarer names would bury it
    std::string fonts;
    for (const std::vector<std::string>& family : missing) {
        std::string others;
        for (std::size_t i = 1; i < family.size() && i <= kOtherNames; ++i) addToList(others, family[i], messages);
        addToList(fonts,
                  others.empty() ? family.front()
                                 : messages.format("fonts.missing.family", {{"name", family.front()}, {"others", others}}),
                  messages);
    }
    return fonts.empty() ? fonts : messages.format("fonts.missing", {{"fonts", fonts}});
}

}  // namespace reportkit
