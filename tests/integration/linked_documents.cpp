#include "linked_documents.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "office_environment.hpp"

namespace reportkit::test {

namespace fs = std::filesystem;

RequestRecorder::RequestRecorder() {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // the system picks a free one
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        ::pipe2(wake_, O_CLOEXEC) != 0)
        throw std::runtime_error("cannot listen on 127.0.0.1");
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

RequestRecorder::~RequestRecorder() {
    static_cast<void>(::write(wake_[1], "x", 1) > 0);
    thread_.join();
    for (const int descriptor : {listener_, wake_[0], wake_[1]}) ::close(descriptor);
}

std::vector<std::string> RequestRecorder::requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
}

void RequestRecorder::forget() {
    std::lock_guard<std::mutex> lock(mutex_);
    requests_.clear();
}

void RequestRecorder::serve() {
    while (true) {
        pollfd waiting[2] = {{listener_, POLLIN, 0}, {wake_[0], POLLIN, 0}};
        if (::poll(waiting, 2, -1) < 0) continue;
        if (waiting[1].revents) return;
        const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0) continue;
        // The request line is enough to know what was asked; a second's wait for it at most.
        std::string received;
        char buffer[4096];
        pollfd reading{connection, POLLIN, 0};
        while (received.find("\r\n") == std::string::npos && ::poll(&reading, 1, 1000) > 0) {
            const ssize_t got = ::read(connection, buffer, sizeof buffer);
            if (got <= 0) break;
            received.append(buffer, static_cast<std::size_t>(got));
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            requests_.push_back(received.substr(0, received.find("\r\n")));
        }
        const std::string answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        static_cast<void>(::write(connection, answer.data(), answer.size()) > 0);
        ::close(connection);
    }
}

namespace {

void write(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

// Zips the files under `parts` (mimetype first and stored, as OpenDocument wants it) into `target`.
void zipParts(const fs::path& parts, const std::string& target) {
    fs::remove(target);
    const std::string into = "cd '" + parts.string() + "' && ";
    std::string command = into + (fs::exists(parts / "mimetype") ? "zip -q -X -0 '" + target + "' mimetype && " : "");
    command += into + "zip -q -X -r '" + target + "' . -x mimetype";
    if (runCommand(command).status != 0) throw std::runtime_error("zip failed for " + target);
}

const char kWordNamespaces[] =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")";

std::string relationships(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
           body + "</Relationships>";
}

void writeDocx(const std::string& target, const std::string& base, const fs::path& parts) {
    const std::string picture =
        R"(<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="linked"/>)"
        R"(<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>)"
        R"(<pic:nvPicPr><pic:cNvPr id="1" name="linked"/><pic:cNvPicPr/></pic:nvPicPr>)"
        R"(<pic:blipFill><a:blip r:link="rIdImage"/></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>)"
        R"(<a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic>)"
        R"(</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>)";
    write(parts / "[Content_Types].xml",
          R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
          R"(<Default Extension="xml" ContentType="application/xml"/>)"
          R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
          R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
          R"(</Types>)");
    write(parts / "_rels/.rels",
          relationships(R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"));
    write(parts / "word/document.xml",
          std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:document )") + kWordNamespaces +
              R"(><w:body><w:p><w:r><w:t>一、履职情况</w:t></w:r></w:p>)" + picture +
              R"(<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;)" + base +
              R"(/docx-field.docx&quot; "><w:r><w:t>included</w:t></w:r></w:fldSimple></w:p>)"
              R"(<w:p><w:r><w:t>二.存在问题</w:t></w:r></w:p></w:body></w:document>)");
    write(parts / "word/_rels/document.xml.rels",
          relationships(R"(<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target=")" +
                        base + R"(/docx-image.png" TargetMode="External"/>)"
                               R"(<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>)"));
    write(parts / "word/settings.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:settings )") +
                                           kWordNamespaces + R"(><w:attachedTemplate r:id="rIdTemplate"/></w:settings>)");
    write(parts / "word/_rels/settings.xml.rels",
          relationships(R"(<Relationship Id="rIdTemplate" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target=")" +
                        base + R"(/docx-template.dotx" TargetMode="External"/>)"));
    zipParts(parts, target);
}

const char kOpenDocumentNamespaces[] =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink")"
    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
    R"( xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3")";

// The body and the template reference of an OpenDocument text whose links are named `kind`-….
std::string openDocumentBody(const std::string& base, const std::string& kind) {
    return R"(<office:body><office:text><text:p>一、履职情况</text:p><text:p><draw:frame draw:name="linked")"
           R"( text:anchor-type="as-char" svg:width="1cm" svg:height="1cm"><draw:image xlink:href=")" +
           base + "/" + kind + R"(-image.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>)"
           R"(</draw:frame></text:p><text:section text:name="linked"><text:section-source xlink:href=")" +
           base + "/" + kind + R"(-section.odt" xlink:type="simple" text:filter-name="writer8"/>)"
           R"(<text:p>section</text:p></text:section><text:p>二.存在问题</text:p></office:text></office:body>)";
}

std::string openDocumentMeta(const std::string& base, const std::string& kind) {
    return R"(<office:meta><meta:template xlink:type="simple" xlink:actuate="onRequest" xlink:href=")" + base + "/" + kind +
           R"(-template.ott" xlink:title="template"/></office:meta>)";
}

void writeOdt(const std::string& target, const std::string& base, const fs::path& parts) {
    const std::string prologue = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    write(parts / "mimetype", "application/vnd.oasis.opendocument.text");
    write(parts / "content.xml", prologue + "<office:document-content " + kOpenDocumentNamespaces + ">" +
                                     openDocumentBody(base, "odt") + "</office:document-content>");
    write(parts / "meta.xml", prologue + "<office:document-meta " + kOpenDocumentNamespaces + ">" +
                                  openDocumentMeta(base, "odt") + "</office:document-meta>");
    write(parts / "META-INF/manifest.xml",
          prologue + R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
                     R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
                     R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
                     R"(<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>)");
    zipParts(parts, target);
}

}  // namespace

std::vector<std::string> writeLinkedDocuments(const std::string& folder, const std::string& baseUrl) {
    const fs::path parts = fs::path(folder) / ".parts";
    fs::remove_all(parts);
    const std::string docx = folder + "/linked.docx", odt = folder + "/linked.odt", fodt = folder + "/linked.fodt";
    writeDocx(fs::absolute(docx).string(), baseUrl, parts / "docx");
    writeOdt(fs::absolute(odt).string(), baseUrl, parts / "odt");
    write(fodt, std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document )") + kOpenDocumentNamespaces +
                    R"( office:mimetype="application/vnd.oasis.opendocument.text">)" + openDocumentMeta(baseUrl, "fodt") +
                    openDocumentBody(baseUrl, "fodt") + "</office:document>");
    fs::remove_all(parts);
    return {docx, odt, fodt};
}

}  // namespace reportkit::test
