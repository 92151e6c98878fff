// The event screen shows an event's body and then its people: the default pack
// names no one in `people` whom the body already introduces with their post,
// so that no visitor reads the same panel twice.
#include <catch2/catch.hpp>

#include "content/pack_loader.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

// "大杉 覚 氏（首都大学東京 大学院教授）" -> {"大杉 覚", "首都大学東京 大学院教授"}: the
// name, and the first part of the post (before a 、 or ・ adds a role).
std::pair<std::string, std::string> nameAndPost(const std::string& person) {
    const size_t open = person.find("（");
    std::string name = trimmed(person.substr(0, std::min(person.find("氏"), open)));
    if (open == std::string::npos) return {name, ""};
    std::string post = person.substr(open + std::string("（").size());
    for (const char* end : {"）", "、", "・"}) post = post.substr(0, post.find(end));
    return {name, trimmed(post)};
}

std::string bodyText(const Event& e) {
    std::string text;
    for (const BodyBlock& block : e.body) {
        if (block.paragraph) text += block.paragraph->ja + "\n";
        for (const LocalizedText& item : block.items) text += item.ja + "\n";
    }
    return text;
}

}  // namespace

TEST_CASE("A person's name and post are split from the way the pack writes them") {
    CHECK(nameAndPost("大杉 覚 氏（首都大学東京 大学院教授）") ==
          std::pair<std::string, std::string>{"大杉 覚", "首都大学東京 大学院教授"});
    CHECK(nameAndPost("高橋 一夫 氏（近畿大学経営学部教授・基調講演）").second ==
          "近畿大学経営学部教授");
    CHECK(nameAndPost("西川 太一郎（特別区長会会長・荒川区長）").first == "西川 太一郎");
    CHECK(nameAndPost("山崎地方創生総括官").second.empty());
}

TEST_CASE("No event of the default pack lists a person its body already introduces") {
    const auto result = loadPack(test::defaultPackDir());
    REQUIRE(result.pack.has_value());
    int checked = 0;
    for (const Event& e : result.pack->events) {
        const std::string body = bodyText(e);
        for (const LocalizedText& person : e.people) {
            const auto [name, post] = nameAndPost(person.ja);
            INFO(e.id << ": " << person.ja);
            CHECK_FALSE((!post.empty() && body.find(name) != std::string::npos &&
                         body.find(post) != std::string::npos));
            ++checked;
        }
    }
    // The lectures whose programme gives names only keep their speakers' posts here.
    CHECK(checked > 20);
}
