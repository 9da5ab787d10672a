// The grammar checker for Chinese inside a real LibreOffice: LibreOffice lists and uses it for
// zh-CN, its marks sit on the wrong characters with the right form as the suggestion, and Writer's
// own proofreading of a typed paragraph reaches it.
#include <gtest/gtest.h>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/linguistic2/LinguServiceManager.hpp>
#include <com/sun/star/linguistic2/ProofreadingIterator.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/text/XFlatParagraphIteratorProvider.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

#include "engine.hpp"
#include "office_environment.hpp"
#include "proofreader.hpp"

namespace reportkit::test {
namespace {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

const lang::Locale kChinese("zh", "CN", "");
const OUString kService = OUString::createFromAscii(writer::kProofreaderService);
const OUString kOurs = OUString::createFromAscii(writer::kProofreaderImplementation);

Reference<linguistic2::XProofreader> proofreader() {
    const Reference<uno::XComponentContext> context = office().context();
    return Reference<linguistic2::XProofreader>(
        context->getServiceManager()->createInstanceWithContext(kOurs, context), UNO_QUERY_THROW);
}

linguistic2::ProofreadingResult proofread(const std::string& text, const lang::Locale& locale = kChinese) {
    const OUString paragraph = writer::fromUtf8(text);
    return proofreader()->doProofreading("1", paragraph, locale, 0, paragraph.getLength(), {});
}

struct Mark {
    int start;
    int length;
    std::string rule;
    std::string suggestion;
    bool operator==(const Mark& other) const {
        return start == other.start && length == other.length && rule == other.rule && suggestion == other.suggestion;
    }
};

std::ostream& operator<<(std::ostream& out, const Mark& mark) {
    return out << mark.rule << " at " << mark.start << "+" << mark.length << " → " << mark.suggestion;
}

std::vector<Mark> marksOf(const linguistic2::ProofreadingResult& result) {
    std::vector<Mark> marks;
    for (const auto& error : result.aErrors) {
        EXPECT_EQ(error.nErrorType, text::TextMarkupType::PROOFREADING);
        EXPECT_FALSE(error.aShortComment.isEmpty());
        EXPECT_LE(error.aSuggestions.getLength(), 1);  // none for a finding without a fix
        marks.push_back({error.nErrorStart, error.nErrorLength, writer::toUtf8(error.aRuleIdentifier),
                         error.aSuggestions.getLength() ? writer::toUtf8(error.aSuggestions[0]) : ""});
    }
    return marks;
}

TEST(Proofreader, IsTheGrammarCheckerLibreOfficeUsesForChinese) {
    const auto manager = linguistic2::LinguServiceManager::create(office().context());
    const uno::Sequence<OUString> available = manager->getAvailableServices(kService, kChinese);
    EXPECT_NE(std::find(available.begin(), available.end(), kOurs), available.end());
    // A fresh profile has no other grammar checker for Chinese, so ReportKit is the one used.
    EXPECT_TRUE(writer::Engine(office().context()).marksInText());
    const Reference<lang::XServiceDisplayName> named(proofreader(), UNO_QUERY_THROW);
    EXPECT_FALSE(named->getServiceDisplayName(kChinese).isEmpty());
}

TEST(Proofreader, MarksAWrongMarkerWithTheRightFormAsItsSuggestion) {
    const linguistic2::ProofreadingResult result = proofread("二.强化理论武装");
    EXPECT_EQ(marksOf(result), (std::vector<Mark>{{0, 2, "numbering.style", "二、"}}));
    EXPECT_EQ(result.nStartOfNextSentencePosition, 8);  // the whole paragraph in one call
    EXPECT_NE(writer::toUtf8(result.aErrors[0].aFullComment).find("二、"), std::string::npos);

    EXPECT_EQ(marksOf(proofread("（一）、主要做法")), (std::vector<Mark>{{0, 4, "numbering.style", "（一）"}}));
    // Deleting the full stop has no replacement of its own: the mark takes the character before.
    EXPECT_EQ(marksOf(proofread("一、履职情况。")), (std::vector<Mark>{{5, 2, "heading.punctuation", "况"}}));
    EXPECT_TRUE(marksOf(proofread("一、履职情况")).empty());
    EXPECT_TRUE(marksOf(proofread("（一）强化理论武装，全年开展集中学习12次。")).empty());
    // Only Chinese text is its to mark.
    EXPECT_TRUE(marksOf(proofread("二.强化理论武装", lang::Locale("en", "US", ""))).empty());
}

TEST(Proofreader, MarksPunctuationAndNumbersWithTheirRightForms) {
    EXPECT_EQ(marksOf(proofread("共召开12次,研究事项。")), (std::vector<Mark>{{6, 1, "punctuation.half-width", "，"}}));
    EXPECT_EQ(marksOf(proofread("于2021年03月召开")), (std::vector<Mark>{{1, 8, "numbers.date", "2021年3月"}}));
    // The 顿号 between quoted items is deleted: the mark takes the closing quote before it.
    EXPECT_EQ(marksOf(proofread("落实“三会一课”、“主题党日”")),
              (std::vector<Mark>{{7, 2, "punctuation.serial-comma", "”"}}));
    // Without a certain fix the place is marked and nothing is offered: the message says what to do.
    EXPECT_EQ(marksOf(proofread("完成任务】的情况")), (std::vector<Mark>{{4, 1, "punctuation.pairing", ""}}));
    EXPECT_TRUE(marksOf(proofread("会议于9:30召开，详见https://example.org/a,b。")).empty());
}

TEST(Proofreader, MarksAWrongTermWithItsRightFormAsItsSuggestion) {
    EXPECT_EQ(marksOf(proofread("截止目前，已完成整改。")), (std::vector<Mark>{{0, 4, "terms.usage", "截至目前"}}));
    EXPECT_EQ(marksOf(proofread("深入学习习近平新时代特色社会主义思想")),
              (std::vector<Mark>{{4, 14, "terms.canonical", "习近平新时代中国特色社会主义思想"}}));
    // A fixed enumeration with an item missing is marked, offering nothing: which item is missing
    // is in the message.
    EXPECT_EQ(marksOf(proofread("要增强政治意识、大局意识、核心意识，做好工作。")),
              (std::vector<Mark>{{3, 14, "terms.enumeration", ""}}));
    // Another document's title, quoted as written, is left alone.
    EXPECT_TRUE(marksOf(proofread("印发《关于截止目前工作情况的说明》")).empty());
}

TEST(Proofreader, IgnoreRuleSilencesARuleUntilTheIgnoredRulesAreReset) {
    const auto checker = proofreader();
    checker->ignoreRule("numbering.style", kChinese);
    EXPECT_TRUE(marksOf(proofread("二.强化理论武装")).empty());
    // A rule ignored in one instance is ignored in every one LibreOffice makes.
    EXPECT_EQ(marksOf(proofread("一、履职情况。")).size(), 1u);
    checker->resetIgnoreRules();
    EXPECT_EQ(marksOf(proofread("二.强化理论武装")).size(), 1u);
}

TEST(Proofreader, WritersOwnProofreadingOfATypedParagraphReachesIt) {
    const Reference<frame::XModel> model(office().load("private:factory/swriter", writer::OfficeSession::LoadMode::editable),
                                         UNO_QUERY_THROW);
    const Reference<text::XText> body = Reference<text::XTextDocument>(model, UNO_QUERY_THROW)->getText();
    Reference<beans::XPropertySet>(body->getStart(), UNO_QUERY_THROW)
        ->setPropertyValue("CharLocaleAsian", uno::Any(kChinese));
    body->setString(writer::fromUtf8("二.强化理论武装"));
    const Reference<text::XFlatParagraph> paragraph =
        Reference<text::XFlatParagraphIteratorProvider>(model, UNO_QUERY_THROW)
            ->getFlatParagraphIterator(text::TextMarkupType::PROOFREADING, false)
            ->getFirstPara();
    ASSERT_TRUE(paragraph.is());
    const OUString text = paragraph->getText();
    const lang::Locale locale = paragraph->getLanguageOfText(0, 1);
    EXPECT_EQ(writer::toUtf8(locale.Language + "-" + locale.Country), "zh-CN");
    const auto iterator = linguistic2::ProofreadingIterator::create(office().context());
    const auto proofreadThroughWriter = [&] {
        return iterator->checkSentenceAtPosition(Reference<lang::XComponent>(model, UNO_QUERY_THROW), paragraph, text,
                                                 locale, 0, text.getLength(), 0);
    };
    const linguistic2::ProofreadingResult result = proofreadThroughWriter();
    EXPECT_EQ(marksOf(result), (std::vector<Mark>{{0, 2, "numbering.style", "二、"}}));
    ASSERT_TRUE(result.xProofreader.is());
    EXPECT_EQ(Reference<lang::XServiceInfo>(result.xProofreader, UNO_QUERY_THROW)->getImplementationName(), kOurs);

    // Marks off: Chinese is no grammar checker's; on again: ReportKit's.
    const writer::Engine engine(office().context());
    engine.setMarksInText(false);
    EXPECT_FALSE(engine.marksInText());
    EXPECT_TRUE(marksOf(proofreadThroughWriter()).empty());
    engine.setMarksInText(true);
    EXPECT_TRUE(engine.marksInText());
    EXPECT_EQ(marksOf(proofreadThroughWriter()).size(), 1u);
    writer::OfficeSession::close(model);
}

}  // namespace
}  // namespace reportkit::test
