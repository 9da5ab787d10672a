#include "keyword_matcher.hpp"

#include <algorithm>
#include <queue>

#include "utf8.hpp"

namespace reportkit {

std::u32string foldText(std::string_view utf8) {
    std::u32string folded(utf8.size(), U'\0');  // a code point a byte at most, written in place
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t cp = utf8::next(utf8, pos);
        if (cp >= U'！' && cp <= U'～') cp = cp - U'！' + U'!';
        else if (cp == U'\u3000') cp = U' ';
        if (cp >= U'A' && cp <= U'Z') cp = cp - U'A' + U'a';
        folded[count++] = cp;
    }
    folded.resize(count);
    return folded;
}

std::size_t KeywordMatcher::add(std::string_view keyword) { return addFolded(foldText(keyword)); }

std::size_t KeywordMatcher::addFolded(const std::u32string& folded) {
    const std::size_t id = keywords_++;
    if (folded.empty()) return id;
    std::size_t node = 0;
    for (const char32_t cp : folded) {
        if (cp < inKeywords_.size()) inKeywords_.set(cp);
        std::size_t next = child(node, cp);
        if (next == 0) {
            next = nodes_.size();
            nodes_.emplace_back();
            auto& edges = nodes_[node].next;
            edges.insert(std::lower_bound(edges.begin(), edges.end(), std::make_pair(cp, std::size_t{0})), {cp, next});
        }
        node = next;
    }
    nodes_[node].keywords.push_back(id);
    return id;
}

std::size_t KeywordMatcher::child(std::size_t node, char32_t cp) const {
    const auto& edges = nodes_[node].next;
    const auto edge = std::lower_bound(edges.begin(), edges.end(), std::make_pair(cp, std::size_t{0}));
    return edge != edges.end() && edge->first == cp ? edge->second : 0;
}

std::size_t KeywordMatcher::step(std::size_t state, char32_t cp) const {
    while (true) {
        if (const std::size_t next = child(state, cp)) return next;
        if (state == 0) return 0;
        state = nodes_[state].failure;
    }
}

void KeywordMatcher::build() {
    // Breadth first, so that every node's failure target is finished before the node.
    std::queue<std::size_t> pending;
    for (const auto& [cp, next] : nodes_[0].next) pending.push(next);
    while (!pending.empty()) {
        const std::size_t node = pending.front();
        pending.pop();
        for (const auto& [cp, next] : nodes_[node].next) {
            std::size_t failure = nodes_[node].failure;
            while (failure != 0 && child(failure, cp) == 0) failure = nodes_[failure].failure;
            const std::size_t target = child(failure, cp);
            nodes_[next].failure = target != next ? target : 0;
            const std::size_t fallback = nodes_[next].failure;
            nodes_[next].outputLink = !nodes_[fallback].keywords.empty() ? fallback : nodes_[fallback].outputLink;
            pending.push(next);
        }
    }
}

}  // namespace reportkit
