// The private LibreOffice itself: it is reached over UNO and stopped by its process id.
#include <gtest/gtest.h>

#include <csignal>
#include <cerrno>

#include "office_environment.hpp"

namespace reportkit::test {
namespace {

TEST(OfficeSession, StartsReachableAndStopsItsWholeProcessGroup) {
    writer::OfficeSession session(officeOptions(scratchDir() + "/own-office"));
    const pid_t pid = session.pid();
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(session.desktop().is());
    session.stop();
    errno = 0;
    EXPECT_EQ(kill(-pid, 0), -1);  // no process of its group is left
    EXPECT_EQ(errno, ESRCH);
}

TEST(OfficeSession, ABadProgramFolderIsAClearError) {
    writer::OfficeOptions options = officeOptions(scratchDir() + "/nowhere-office");
    options.programDir = scratchDir() + "/no-libreoffice-here";
    try {
        writer::OfficeSession session(options);
        ADD_FAILURE() << "expected OfficeError";
    } catch (const writer::OfficeError& error) {
        EXPECT_NE(std::string(error.what()).find("unopkg could not install the extension"), std::string::npos)
            << error.what();
    }
}

}  // namespace
}  // namespace reportkit::test
