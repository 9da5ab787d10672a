#include "proofreader.hpp"

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "engine.hpp"
#include "report.hpp"
#include "service_names.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;

namespace {

lang::Locale chinese() { return lang::Locale("zh", "CN", ""); }

bool isChinese(const lang::Locale& locale) { return locale.Language == "zh" && locale.Country == "CN"; }

bool isHighSurrogate(sal_Unicode unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool isLowSurrogate(sal_Unicode unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// One error LibreOffice marks. A finding with a fix marks its edit, with the edit as the one
// suggestion; an edit that only deletes ("履职情况。" → "履职情况") has nothing to offer as a
// replacement, so its mark takes in the character before, which is then the suggestion. A finding
// without a fix (a bracket left open, a fixed enumeration with an item missing) marks its place
// and offers nothing: its message says what to do.
bool toError(const Finding& finding, const OUString& text, linguistic2::SingleProofreadingError& error) {
    if (finding.place.length == 0) return false;
    sal_Int32 start = finding.place.start;
    sal_Int32 length = finding.place.length;
    uno::Sequence<OUString> suggestions;
    if (finding.fix) {
        if (finding.fix->text.size() != 1) return false;
        const TextEdit& edit = finding.fix->text.front();
        start = edit.start;
        length = edit.length;
        OUString suggestion = fromUtf8(edit.replacement);
        if (suggestion.isEmpty() && start > 0 && start + length <= text.getLength()) {
            const sal_Int32 before = start >= 2 && isLowSurrogate(text[start - 1]) && isHighSurrogate(text[start - 2]) ? 2 : 1;
            start -= before;
            length += before;
            suggestion = text.copy(start, before);
        }
        if (suggestion.isEmpty()) return false;
        suggestions = uno::Sequence<OUString>(&suggestion, 1);
    }
    if (start < 0 || length <= 0 || start + length > text.getLength()) return false;
    error.nErrorStart = start;
    error.nErrorLength = length;
    error.nErrorType = text::TextMarkupType::PROOFREADING;
    error.aRuleIdentifier = fromUtf8(finding.rule);
    error.aShortComment = fromUtf8(finding.message);
    error.aFullComment = fromUtf8(finding.message);
    error.aSuggestions = suggestions;
    return true;
}

// What every instance shares: LibreOffice may make several, and calls them from its grammar
// checking thread while the context menu asks from the main thread.
struct SharedState {
    std::mutex mutex;
    std::set<std::string> ignoredRules;  // the rules "Ignore Rule" silenced for this session
    std::optional<MessageCatalog> messages;
};

SharedState& shared() {
    static SharedState state;
    return state;
}

// The interface language's messages, read on first use; the caller holds shared().mutex.
const MessageCatalog& sharedMessages(const Engine& engine) {
    if (!shared().messages) shared().messages = engine.catalog("");
    return *shared().messages;
}

class Proofreader : public cppu::WeakImplHelper4<linguistic2::XProofreader, lang::XInitialization,
                                                 lang::XServiceInfo, lang::XServiceDisplayName> {
public:
    explicit Proofreader(const Reference<uno::XComponentContext>& context) : engine_(context) {}

    // XSupportedLocales
    uno::Sequence<lang::Locale> SAL_CALL getLocales() override {
        const lang::Locale locale = chinese();
        return uno::Sequence<lang::Locale>(&locale, 1);
    }
    sal_Bool SAL_CALL hasLocale(const lang::Locale& locale) override { return isChinese(locale); }

    // XProofreader
    sal_Bool SAL_CALL isSpellChecker() override { return false; }

    linguistic2::ProofreadingResult SAL_CALL doProofreading(const OUString& documentId, const OUString& text,
                                                            const lang::Locale& locale, sal_Int32 start,
                                                            sal_Int32 /*suggestedEnd*/,
                                                            const uno::Sequence<beans::PropertyValue>&) override {
        linguistic2::ProofreadingResult result;
        result.aDocumentIdentifier = documentId;
        result.aText = text;
        result.aLocale = locale;
        result.nStartOfSentencePosition = start;
        // The whole paragraph at once: its rules read it whole.
        result.nBehindEndOfSentencePosition = text.getLength();
        result.nStartOfNextSentencePosition = text.getLength();
        result.xProofreader = this;
        if (!isChinese(locale) || start >= text.getLength()) return result;
        try {
            DocumentReport report = checkParagraphText(toUtf8(text), engine_.disabledRules());
            std::vector<linguistic2::SingleProofreadingError> errors;
            {
                std::lock_guard<std::mutex> lock(shared().mutex);
                localise(report, sharedMessages(engine_));
                for (const Finding& finding : report.findings) {
                    linguistic2::SingleProofreadingError error;
                    if (shared().ignoredRules.count(finding.rule) == 0 && toError(finding, text, error) &&
                        error.nErrorStart >= start)
                        errors.push_back(error);
                }
            }
            result.aErrors = uno::Sequence<linguistic2::SingleProofreadingError>(errors.data(),
                                                                                static_cast<sal_Int32>(errors.size()));
        } catch (const std::exception&) {
            // A paragraph the rules cannot read gets no marks; the Check panel still reports it.
        }
        return result;
    }

    void SAL_CALL ignoreRule(const OUString& rule, const lang::Locale&) override {
        std::lock_guard<std::mutex> lock(shared().mutex);
        shared().ignoredRules.insert(toUtf8(rule));
    }
    void SAL_CALL resetIgnoreRules() override {
        std::lock_guard<std::mutex> lock(shared().mutex);
        shared().ignoredRules.clear();
    }

    // XInitialization: LibreOffice passes its linguistic properties, which the rules do not need.
    void SAL_CALL initialize(const uno::Sequence<uno::Any>&) override {}

    // XServiceDisplayName: the name in Tools > Options > Language Settings > Writing Aids.
    OUString SAL_CALL getServiceDisplayName(const lang::Locale&) override {
        std::lock_guard<std::mutex> lock(shared().mutex);
        return fromUtf8(sharedMessages(engine_).format("proofreader.name", {}));
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kProofreaderImplementation); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return serviceNames(kProofreaderService); }

private:
    Engine engine_;
};

}  // namespace

Reference<uno::XInterface> createProofreader(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new Proofreader(context));
}

}  // namespace reportkit::writer
