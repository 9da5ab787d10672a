#include "checker_service.hpp"

#include <algorithm>
#include <chrono>
#include <malloc.h>
#include <filesystem>

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>
#include <org/reportkit/XChecker.hpp>
#include <sal/log.hxx>

#include "document_reader.hpp"
#include "engine.hpp"
#include "live_check.hpp"
#include "main_thread.hpp"
#include "service_names.hpp"
#include "strings.hpp"

namespace reportkit::writer {

using namespace css;
using css::uno::Reference;

namespace {

class Checker : public cppu::WeakImplHelper2<org::reportkit::XChecker, lang::XServiceInfo> {
public:
    explicit Checker(const Reference<uno::XComponentContext>& context) : context_(context), engine_(context) {}

    OUString SAL_CALL checkDocument(const Reference<frame::XModel>& document, const OUString& templateRef,
                                    const OUString& locale) override {
        requireDocument(document);
        return guarded([&] {
            const Document read = onMainThread(context_, [&] { return readDocument(document); });
            const OUString json = fromUtf8(documentJson(engine_.check(read, toUtf8(templateRef), engine_.catalog(toUtf8(locale)))));
            // The model and findings of a long report are megabytes freed at once; the C library would
            // keep them in the office's heap (40 MB after five checks of 100 pages) unless told.
            malloc_trim(0);
            return json;
        });
    }

    OUString SAL_CALL liveFindings(const Reference<frame::XModel>& document) override {
        requireDocument(document);
        return guarded([&] {
            const rtl::Reference<LiveCheck> live = LiveCheck::of(context_, document);
            if (!live.is()) throw lang::IllegalArgumentException("not a text document", *this, 0);
            const std::shared_ptr<const LiveCheck::Snapshot> snapshot = live->latest(true);
            if (snapshot->failed) throw uno::RuntimeException(fromUtf8(snapshot->error), *this);
            return fromUtf8(documentJson(snapshot->report));
        });
    }

    sal_Int32 SAL_CALL fixAll(const Reference<frame::XModel>& document, const OUString& templateRef,
                              const OUString& locale) override {
        requireDocument(document);
        return guarded([&] {
            return onMainThread(context_, [&] { return engine_.fixAll(document, toUtf8(templateRef), engine_.catalog(toUtf8(locale))); });
        });
    }

    OUString SAL_CALL annotateDocument(const Reference<frame::XModel>& document, const OUString& templateRef,
                                       const OUString& locale) override {
        requireDocument(document);
        return guarded([&] {
            const Engine::Annotated annotated = onMainThread(
                context_, [&] { return engine_.annotate(document, toUtf8(templateRef), engine_.catalog(toUtf8(locale))); });
            // The check's own per-document JSON, so that a caller need not check again.
            return fromUtf8(nlohmann::json{{"comments", annotated.comments},
                                           {"document", nlohmann::json::parse(documentJson(annotated.report))}}
                                .dump());
        });
    }

    OUString SAL_CALL checkFolder(const OUString& folder, const OUString& locale) override {
        return guarded([&] {
            const std::string path = folder.startsWith("file:") ? systemPath(folder) : toUtf8(folder);
            const MessageCatalog messages = engine_.catalog(toUtf8(locale));
            if (!std::filesystem::is_directory(path))
                throw lang::IllegalArgumentException(fromUtf8(messages.format("folder.error.missing", {{"detail", path}})),
                                                     *this, 0);
            return fromUtf8(engine_.checkFolder(path, messages, [](std::size_t, std::size_t, const std::string&) {}));
        });
    }

    void SAL_CALL ignoreFinding(const Reference<frame::XModel>& document, sal_Int32 paragraph, const OUString& rule,
                                const OUString& found) override {
        requireDocument(document);
        guarded([&] {
            onMainThread(context_, [&] {
                const Document read = readDocument(document);
                Finding finding;
                finding.rule = toUtf8(rule);
                finding.found = toUtf8(found);
                finding.paragraph = paragraph;
                addIgnoredFindings(document, {ignoreKey(finding, read)});
            });
        });
    }

    void SAL_CALL setRuleEnabled(const OUString& rule, sal_Bool enabled) override {
        guarded([&] { engine_.setRuleEnabled(toUtf8(rule), enabled); });
    }

    OUString SAL_CALL measureCheck(const Reference<frame::XModel>& document, sal_Int32 repetitions) override {
        requireDocument(document);
        if (repetitions < 1) throw lang::IllegalArgumentException("repetitions < 1", *this, 1);
        // Timed on the main thread, where the panel and the live check read and check.
        return guarded([&] {
            return onMainThread(context_, [&] {
                using Clock = std::chrono::steady_clock;
                const auto milliseconds = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
                std::vector<double> texts;
                std::vector<double> reads;
                std::vector<double> checks;
                std::vector<double> kindChecks;
                std::size_t paragraphs = 0;
                const TemplateSet templates = engine_.templates();
                for (sal_Int32 run = 0; run < repetitions; ++run) {
                    // The baseline of reading: each body paragraph's text alone, through the same API.
                    const auto textStart = Clock::now();
                    sal_Int32 characters = 0;
                    for (const Reference<text::XTextRange>& range : bodyParagraphs(document)) characters += range->getString().getLength();
                    texts.push_back(milliseconds(Clock::now() - textStart));
                    if (characters < 0) throw uno::RuntimeException();  // keeps the reading from being optimised away
                    const auto start = Clock::now();
                    const Document read = readDocument(document);
                    const auto between = Clock::now();
                    const DocumentReport report = reportkit::checkDocument(read, nullptr, TemplateSource::none);
                    const auto end = Clock::now();
                    paragraphs = read.paragraphs.size();
                    reads.push_back(milliseconds(between - start));
                    checks.push_back(milliseconds(end - between));
                    // The whole check the live check would make: with the kind of report chosen.
                    const TemplateChoice kind = chooseTemplate(templates, read, "");
                    const auto kindStart = Clock::now();
                    const DocumentReport kindReport = reportkit::checkDocument(read, kind.chosen, kind.source);
                    kindChecks.push_back(milliseconds(Clock::now() - kindStart));
                }
                const auto median = [](std::vector<double> values) {
                    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
                    return values[values.size() / 2];
                };
                // The live check as typing meets it: one character typed at the view cursor in the middle
                // of the document, then the pass after the idle delay (the paragraph at the cursor) and the
                // whole refresh that follows it, each timed on its own; Undo takes the character back.
                std::vector<double> keystrokes;
                std::vector<double> refreshes;
                const rtl::Reference<LiveCheck> live = LiveCheck::of(context_, document);
                const Reference<text::XTextViewCursorSupplier> view(document->getCurrentController(), uno::UNO_QUERY);
                const std::vector<Reference<text::XTextRange>> ranges = bodyParagraphs(document);
                if (live.is() && view.is() && !ranges.empty()) {
                    const Reference<text::XTextViewCursor> cursor = view->getViewCursor();
                    cursor->gotoRange(ranges[ranges.size() / 2]->getEnd(), false);
                    const Reference<document::XUndoManager> undo =
                        Reference<document::XUndoManagerSupplier>(document, uno::UNO_QUERY_THROW)->getUndoManager();
                    for (sal_Int32 run = 0; run < repetitions; ++run) {
                        cursor->getText()->insertString(Reference<text::XTextRange>(cursor, uno::UNO_QUERY_THROW), "x", false);
                        const auto start = Clock::now();
                        live->idle();
                        const auto between = Clock::now();
                        live->idle();
                        const auto end = Clock::now();
                        keystrokes.push_back(milliseconds(between - start));
                        refreshes.push_back(milliseconds(end - between));
                        undo->undo();
                        live->idle();
                        live->idle();
                    }
                }
                nlohmann::json timing{{"paragraphs", paragraphs},
                                      {"text_ms", median(texts)},
                                      {"read_ms", median(reads)},
                                      {"check_ms", median(checks)},
                                      {"kind_check_ms", median(kindChecks)}};
                if (!keystrokes.empty()) {
                    timing["keystroke_ms"] = median(keystrokes);
                    timing["refresh_ms"] = median(refreshes);
                }
                return fromUtf8(timing.dump());
            });
        });
    }

    OUString SAL_CALL listTemplates(const OUString& locale) override {
        return guarded([&] {
            const std::string language = locale.isEmpty() ? engine_.interfaceLocale() : toUtf8(locale);
            nlohmann::json list = nlohmann::json::array();
            for (const Template& t : engine_.templates().templates) {
                nlohmann::json variables = nlohmann::json::array();
                for (const VariableSpec& v : t.variables)
                    variables.push_back({{"id", v.id},
                                         {"type", v.type == VariableSpec::Type::year   ? "year"
                                                  : v.type == VariableSpec::Type::date ? "date"
                                                                                       : "text"},
                                         {"label", v.label.in(language)},
                                         {"required", v.required},
                                         {"default", v.defaultValue}});
                list.push_back({{"id", t.id}, {"version", t.version}, {"name", t.name.in(language)},
                                {"description", t.description.in(language)}, {"category", t.category},
                                {"source", t.source}, {"overrides", t.overrides}, {"file", t.file},
                                {"variables", variables}});
            }
            return fromUtf8(list.dump());
        });
    }

    OUString SAL_CALL insertSkeleton(const Reference<frame::XModel>& document, const OUString& templateRef,
                                     const uno::Sequence<beans::StringPair>& variables, const OUString& locale) override {
        requireDocument(document);
        return guarded([&] {
            std::map<std::string, std::string> values;
            for (const beans::StringPair& pair : variables) values[toUtf8(pair.First)] = toUtf8(pair.Second);
            const InsertedSkeleton inserted = onMainThread(context_, [&] {
                return engine_.insertSkeleton(document, toUtf8(templateRef), values, engine_.catalog(toUtf8(locale)));
            });
            std::vector<std::string> missingFonts;  // each by its first name
            for (const auto& family : inserted.missingFamilies) missingFonts.push_back(family.front());
            return fromUtf8(nlohmann::json{{"paragraphs", inserted.paragraphs},
                                           {"page_style", inserted.pageStyleApplied},
                                           {"missing_fonts", missingFonts}}
                                .dump());
        });
    }

    OUString SAL_CALL getImplementationName() override { return kCheckerImplementation; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return serviceNames(kCheckerService); }

private:
    void requireDocument(const Reference<frame::XModel>& document) {
        if (!document.is()) throw lang::IllegalArgumentException("no document", *this, 0);
    }

    // Runs an entry point's work: no C++ exception may cross into LibreOffice (it would take Writer
    // down), so one becomes a RuntimeException with its message, and is logged.
    template <typename Work>
    auto guarded(Work work) -> decltype(work()) {
        try {
            return work();
        } catch (const uno::Exception&) {
            throw;
        } catch (const std::exception& error) {
            SAL_WARN("reportkit", "ReportKit failed: " << error.what());
            throw uno::RuntimeException(fromUtf8(error.what()), *this);
        }
    }

    Reference<uno::XComponentContext> context_;
    Engine engine_;
};

}  // namespace

Reference<uno::XInterface> createChecker(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new Checker(context));
}

}  // namespace reportkit::writer
