// The Topics panel: which required topics the report covers, with how many mentions, and the
// summary of sections and topics, following the text as it is written (the live check's result). Choosing a covered topic goes to its next mention; choosing a
// missing one shows the template's hint of what to add.
#include <map>

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "engine.hpp"
#include "panels.hpp"
#include "strings.hpp"

namespace reportkit::sidebar {

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using writer::fromUtf8;

namespace {

class TopicsPanel final : public Panel {
public:
    TopicsPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                const OUString& resourceUrl)
        : Panel(context, frame, resourceUrl), engine_(context) {}

private:
    std::vector<LayoutItem> items() const override {
        return {LayoutItem::row({"RefreshButton"}), LayoutItem::text("Summary"), LayoutItem::list("Topics", 3, 4),
                LayoutItem::text("Hint")};
    }

    std::vector<OUString> methodNames() const override { return {"onRefresh", "onTopicSelected"}; }

    bool handle(const OUString& method) override {
        if (method == "onRefresh") refresh();
        else if (method == "onTopicSelected") goToTopic();
        else return false;
        return true;
    }

    void initialise() override {
        messages_ = engine_.catalog("");
        if (!Reference<text::XTextDocument>(model(), UNO_QUERY).is() || !liveCheck().is()) {
            setLabel("Summary", messages_.format("panel.check.not-writer"));
            return;
        }
        show(liveCheck()->latest(false)->report);
    }

    // The topics follow the text as the Check panel's findings do.
    void liveCheckRefreshed() override {
        if (liveCheck().is()) show(liveCheck()->latest(false)->report);
    }

    void refresh() {
        if (liveCheck().is()) liveCheck()->refreshNow();
    }

    void show(const DocumentReport& report) {
        const Reference<awt::XListBox> list(control("Topics"), UNO_QUERY);
        list->removeItems(0, list->getItemCount());
        topics_.clear();
        setLabel("Hint", "");
        if (report.templateSource == TemplateSource::none) {
            setLabel("Summary", messages_.format("panel.topics.no-template"));
            return;
        }
        setLabel("Summary", messages_.format("panel.topics.summary",
                                            {{"coverage", coverageLine(report, messages_)}, {"template", report.templateLabel()}}));
        for (const TopicResult& topic : report.topics) {
            const std::string name = topic.name.in(report.locale);
            const std::string item =
                topic.covered ? messages_.format("panel.topics.covered",
                                                 {{"name", name}, {"count", std::to_string(topic.paragraphs.size())}})
                              : messages_.format("panel.topics.missing", {{"name", name}});
            list->addItem(fromUtf8(item), list->getItemCount());
        }
        topics_ = report.topics;
        // The hints of missing topics come with their findings.
        hints_.clear();
        for (const Finding& finding : report.findings)
            if (finding.rule == "topic.missing") hints_[finding.expected] = finding.message;
        nextMention_.assign(topics_.size(), 0);
    }

    void goToTopic() {
        const sal_Int16 position = Reference<awt::XListBox>(control("Topics"), UNO_QUERY)->getSelectedItemPos();
        if (position < 0 || position >= static_cast<sal_Int16>(topics_.size())) return;
        const TopicResult& topic = topics_[position];
        if (topic.paragraphs.empty()) {
            const auto hint = hints_.find(topic.id);
            setLabel("Hint", hint == hints_.end() ? std::string() : hint->second);
            return;
        }
        setLabel("Hint", "");
        // The mentions as the text is now: paragraphs may have come or gone since the list was made.
        std::vector<int> mentions = topic.paragraphs;
        if (liveCheck().is())
            for (const TopicResult& now : liveCheck()->latest(true)->report.topics)
                if (now.id == topic.id) mentions = now.paragraphs;
        if (mentions.empty()) return;
        std::size_t& next = nextMention_[position];
        selectInText(mentions[next++ % mentions.size()], TextSpan{});
    }

    writer::Engine engine_;
    MessageCatalog messages_;
    std::vector<TopicResult> topics_;
    std::map<std::string, std::string> hints_;  // topic id → the message of its topic.missing finding
    std::vector<std::size_t> nextMention_;      // for each topic, which mention a click goes to next
};

}  // namespace

std::string coverageLine(const DocumentReport& report, const MessageCatalog& messages) {
    return messages.format("text.coverage", {{"sections", std::to_string(report.sectionsPresent())},
                                             {"sections_required", std::to_string(report.sectionsRequired())},
                                             {"topics", std::to_string(report.topicsCovered())},
                                             {"topics_required", std::to_string(report.topicsRequired())}});
}

rtl::Reference<Panel> createTopicsPanel(const Reference<uno::XComponentContext>& context,
                                        const Reference<frame::XFrame>& frame, const OUString& resourceUrl) {
    return new TopicsPanel(context, frame, resourceUrl);
}

}  // namespace reportkit::sidebar
