// reportkit show FILE: opens a document in the user's own Writer with the ReportKit deck shown,
// the main job where there is a display. The extension must be installed in that LibreOffice.
#include <filesystem>
#include <iostream>

#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "commands.hpp"
#include "options.hpp"

namespace reportkit::cli {

namespace po = boost::program_options;
using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY;

int showCommand(const Environment& environment, const std::vector<std::string>& arguments) {
    const MessageCatalog& messages = environment.messages;
    std::vector<std::string> files;
    po::options_description options;
    options.add_options()("file", po::value(&files));
    po::positional_options_description positional;
    positional.add("file", 1);
    parseOptions(environment, options, positional, arguments);
    if (files.empty()) throw UsageError(messages.format("cli.error.no-paths"));
    if (!std::filesystem::is_regular_file(files.front()))
        throw CommandFailure(messages.format("text.unreadable",
                                             {{"path", files.front()}, {"error", messages.format("document.error.missing")}}));

    writer::OfficeOptions office = environment.checkingOffice();
    office.profileDir.clear();  // the user's own profile, where the extension was installed
    office.extension.clear();
    office.headless = false;
    writer::OfficeSession session(office);
    const Reference<lang::XComponent> document = session.load(files.front(), writer::OfficeSession::LoadMode::visible);
    const Reference<frame::XModel> model(document, UNO_QUERY);
    if (!model.is())
        throw CommandFailure(messages.format("text.unreadable",
                                             {{"path", files.front()}, {"error", messages.format("document.error.load")}}));
    const Reference<frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY);
    frame::DispatchHelper::create(session.context())
        ->executeDispatch(frame, ".uno:SidebarDeck.ReportKitDeck", "", 0, {});
    session.detach();  // Writer stays open for the user
    return kClean;
}

}  // namespace reportkit::cli
