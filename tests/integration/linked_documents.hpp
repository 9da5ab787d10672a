#pragma once
// Documents that link to the network, and a local web server that records what is asked of it:
// a check, an annotation or a fix that fetched anything would show here as a request.
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace reportkit::test {

// An HTTP server on 127.0.0.1 at a free port, in a thread of the test. It answers every request
// 404 and remembers its first line ("GET /image.png HTTP/1.1").
class RequestRecorder {
public:
    RequestRecorder();
    ~RequestRecorder();
    RequestRecorder(const RequestRecorder&) = delete;
    RequestRecorder& operator=(const RequestRecorder&) = delete;

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(port_); }
    std::vector<std::string> requests();
    void forget();

private:
    void serve();

    int listener_ = -1;
    int port_ = 0;
    int wake_[2] = {-1, -1};  // written to end the thread
    std::mutex mutex_;
    std::vector<std::string> requests_;
    std::thread thread_;
};

// Writes linked.docx, linked.odt and linked.fodt into `folder`, each with two numbered paragraphs
// (the second numbered wrongly, so a fix has an edit to make) and links under `baseUrl`: a linked
// image, an INCLUDETEXT field and an attached template in the .docx; a linked image, a linked
// section and a template in the .odt and .fodt. Each link's path names its document and kind.
std::vector<std::string> writeLinkedDocuments(const std::string& folder, const std::string& baseUrl);

}  // namespace reportkit::test
