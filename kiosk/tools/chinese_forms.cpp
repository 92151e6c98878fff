#include "chinese_forms.hpp"

#include <memory>
#include <opencc/Exception.hpp>
#include <opencc/SimpleConverter.hpp>

namespace kiosk {

std::optional<ChineseConverter> openChineseConverter(std::string& error) {
    try {
        auto toTraditional = std::make_shared<opencc::SimpleConverter>("jp2t.json");
        auto toTaiwan = std::make_shared<opencc::SimpleConverter>("t2tw.json");
        auto toSimplified = std::make_shared<opencc::SimpleConverter>("t2s.json");
        return ChineseConverter([=](const std::string& japanese) {
            const std::string traditional = toTraditional->Convert(japanese);
            return ChineseForms{toSimplified->Convert(traditional), toTaiwan->Convert(traditional)};
        });
    } catch (const opencc::Exception& e) {
        error = std::string("OpenCC: ") + e.what();
        return std::nullopt;
    }
}

}  // namespace kiosk
