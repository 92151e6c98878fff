#include "content/link_codes.hpp"

#include <algorithm>

#include "text/printable.hpp"

namespace kiosk {

std::vector<std::string> packLinks(const Pack& pack) {
    std::vector<std::string> links;
    const auto add = [&links](const std::string& link) {
        if (!link.empty() && std::find(links.begin(), links.end(), link) == links.end())
            links.push_back(link);
    };
    for (const Event& e : pack.events) add(e.url);
    for (const Association& a : pack.associations) add(a.url);
    for (const Company& c : pack.companies) add(c.url);
    for (const Slide& s : pack.playlist)
        if (s.type == "qr") add(s.url);
    return links;
}

void checkLinkCaption(const Pack& pack, ProblemList& problems) {
    if (packLinks(pack).empty() || pack.findString(kScanCaptionKey)) return;
    problems.error(pack.manifest.content.strings, std::string("/") + kScanCaptionKey,
                   "missing; the pack has links, and their QR codes need this caption "
                   "(\"Scan with your phone\")");
}

void makeLinkCodes(Pack& pack, ProblemList& problems) {
    pack.linkCodes.clear();
    for (const std::string& link : packLinks(pack)) {
        if (std::optional<QrMatrix> code = encodeQr(link))
            pack.linkCodes.emplace(link, std::move(*code));
        else
            problems.error("pack.json", "",
                           "the link \"" + printable(link) + "\" cannot be made into a QR code");
    }
}

}  // namespace kiosk
