// The partner map's time-lapse runs over the years of the partner agreements,
// derived from the pack (its associations and agreement events), never stated.
#include <catch2/catch.hpp>

#include "content/agreement_years.hpp"
#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

Association associationSigned(int year) {
    Association a;
    a.id = "signed-" + std::to_string(year);
    a.agreementDate = {year, 4, 1};
    return a;
}

Event agreementEvent(int year, bool withAssociation) {
    Event e;
    e.category = EventCategory::Agreement;
    e.date.precision = DatePrecision::Day;
    e.date.start = e.date.end = {year, 5, 1};
    if (withAssociation) e.associations = {"signed"};
    return e;
}

}  // namespace

TEST_CASE("The default pack's agreements run from 2016 to 2019") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    const auto span = agreementYears(*result.pack);
    REQUIRE(span.has_value());
    CHECK(span->first == 2016);
    CHECK(span->last == 2019);
    CHECK(span->count() == 4);
}

TEST_CASE("The span covers associations' agreement dates and agreement events naming one") {
    Pack pack;
    CHECK_FALSE(agreementYears(pack).has_value());
    pack.associations = {associationSigned(2024), associationSigned(2023)};
    pack.events = {agreementEvent(2026, true)};
    const auto span = agreementYears(pack);
    REQUIRE(span.has_value());
    CHECK(span->first == 2023);
    CHECK(span->last == 2026);
}

TEST_CASE("Agreements with companies, other events and unknown dates do not stretch the span") {
    Pack pack;
    pack.associations = {associationSigned(2020)};
    Event company = agreementEvent(2015, false);
    Event fair = agreementEvent(2030, true);
    fair.category = EventCategory::EventFair;
    Event undated = agreementEvent(2031, true);
    undated.date.precision = DatePrecision::Unknown;
    pack.events = {company, fair, undated};
    const auto span = agreementYears(pack);
    REQUIRE(span.has_value());
    CHECK(span->first == 2020);
    CHECK(span->last == 2020);
}

TEST_CASE("A pack whose events and agreements were moved seven years on spans 2023 to 2026") {
    TempPack copy;
    editJson(copy, "partners.json", [](nlohmann::json& partners) {
        for (auto& a : partners["associations"]) {
            std::string date = a["agreement_date"];
            a["agreement_date"] = std::to_string(std::stoi(date.substr(0, 4)) + 7) + date.substr(4);
        }
    });
    const auto result = loadPack(copy.dir());
    REQUIRE(result.pack.has_value());
    // The events still say 2016 to 2019; the span is the union of both.
    const auto span = agreementYears(*result.pack);
    REQUIRE(span.has_value());
    CHECK(span->first == 2016);
    CHECK(span->last == 2026);
}
