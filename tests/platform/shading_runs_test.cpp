#include <imgui.h>
#include <catch2/catch.hpp>

#include <vector>

#include "shading_runs.hpp"

using kiosk::platform::ShadingRunSettings;
using kiosk::platform::splitShadingRuns;

namespace {

void blendingOff(const ImDrawList*, const ImDrawCmd*) {}
void blendingOn(const ImDrawList*, const ImDrawCmd*) {}
void solidOn(const ImDrawList*, const ImDrawCmd*) {}
void solidOff(const ImDrawList*, const ImDrawCmd*) {}
void shadedOn(const ImDrawList*, const ImDrawCmd*) {}
void shadedOff(const ImDrawList*, const ImDrawCmd*) {}

const ImTextureID kAtlas = ImTextureID(intptr_t(1));
const ImTextureID kOpaquePicture = ImTextureID(intptr_t(7));
const ImTextureID kClearPicture = ImTextureID(intptr_t(8));

// A real ImGui frame of 1920x1080 whose background list holds what `draw` adds.
class Frame {
  public:
    Frame() {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;  // no imgui.ini left behind
        io.DisplaySize = ImVec2(1920, 1080);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        io.Fonts->SetTexID(kAtlas);
    }
    ~Frame() { ImGui::DestroyContext(context_); }

    template <typename Draw>
    ImDrawData& draw(Draw&& draw) {
        ImGui::NewFrame();
        draw(*ImGui::GetBackgroundDrawList());
        ImGui::Render();
        return *ImGui::GetDrawData();
    }

    ShadingRunSettings settings() const {
        ShadingRunSettings s;
        s.opaqueTexture = [](ImTextureID id) { return id == kOpaquePicture; };
        s.atlas = kAtlas;
        s.whitePixelUv = ImGui::GetIO().Fonts->TexUvWhitePixel;
        s.blendingOff = &blendingOff;
        s.blendingOn = &blendingOn;
        s.solidOn = &solidOn;
        s.solidOff = &solidOff;
        s.shadedPictureOn = &shadedOn;
        s.shadedPictureOff = &shadedOff;
        return s;
    }

  private:
    ImGuiContext* context_ = nullptr;
};

// The command buffer as letters: B a draw, O blending off, N on, S the
// colour-only program, T ImGui's again, [ and ] a shaded picture's program.
std::string shape(const ImDrawData& data) {
    std::string out;
    for (int l = 0; l < data.CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) {
            if (cmd.UserCallback == &blendingOff)
                out += 'O';
            else if (cmd.UserCallback == &blendingOn)
                out += 'N';
            else if (cmd.UserCallback == &solidOn)
                out += 'S';
            else if (cmd.UserCallback == &solidOff)
                out += 'T';
            else if (cmd.UserCallback == &shadedOn)
                out += '[';
            else if (cmd.UserCallback == &shadedOff)
                out += ']';
            else if (cmd.ElemCount > 0)
                out += 'B';
        }
    return out;
}

// Every index of every list drawn once, in order: the split loses nothing.
bool drawsEveryIndexInOrder(const ImDrawData& data) {
    for (int l = 0; l < data.CmdListsCount; ++l) {
        unsigned next = 0;
        for (const ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) {
            if (cmd.UserCallback) continue;
            if (cmd.IdxOffset != next) return false;
            next += cmd.ElemCount;
        }
        if (next != unsigned(data.CmdLists[l]->IdxBuffer.Size)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("a large opaque rectangle is drawn with blending off and no texture, and only it") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddRectFilled(ImVec2(0, 0), ImVec2(1920, 1080), IM_COL32(20, 30, 40, 255));
    });
    splitShadingRuns(data, frame.settings());
    CHECK(shape(data) == "OSBTN");
    CHECK(drawsEveryIndexInOrder(data));
}

TEST_CASE(
    "a large translucent shape is drawn blended with no texture, small and textured ones as they "
    "were") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddRectFilled(ImVec2(0, 0), ImVec2(1920, 1080), IM_COL32(20, 30, 40, 254));
        list.AddRectFilled(ImVec2(0, 0), ImVec2(100, 100), IM_COL32(20, 30, 40, 255));
        list.AddImage(kAtlas, ImVec2(0, 0), ImVec2(1920, 1080));  // glyphs, not the white pixel
    });
    splitShadingRuns(data, frame.settings());
    CHECK(shape(data) == "SBTB");
    CHECK(drawsEveryIndexInOrder(data));
}

TEST_CASE("a picture is drawn unblended only when it is opaque and drawn at full opacity") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddImage(kOpaquePicture, ImVec2(0, 0), ImVec2(1920, 1080));
        list.AddImage(kClearPicture, ImVec2(0, 0), ImVec2(1920, 1080));
        list.AddImage(kOpaquePicture, ImVec2(0, 0), ImVec2(1920, 1080), ImVec2(0, 0), ImVec2(1, 1),
                      IM_COL32(255, 255, 255, 128));  // fading in
    });
    splitShadingRuns(data, frame.settings());
    CHECK(shape(data) == "OBNBB");
    CHECK(drawsEveryIndexInOrder(data));
}

TEST_CASE(
    "an antialiased disc is drawn unblended inside and blended along its thin fringe, in order") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddText(ImVec2(10, 10), IM_COL32_WHITE, "before");
        list.AddCircleFilled(ImVec2(960, 540), 400, IM_COL32(200, 100, 50, 255), 96);
        list.AddText(ImVec2(10, 10), IM_COL32_WHITE, "after");
    });
    splitShadingRuns(data, frame.settings());
    CHECK(shape(data) == "BOSBTNB");
    CHECK(drawsEveryIndexInOrder(data));
}

TEST_CASE("a frame split once is not split again when drawn a second time") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddRectFilled(ImVec2(0, 0), ImVec2(1920, 1080), IM_COL32(20, 30, 40, 255));
        list.AddText(ImVec2(10, 10), IM_COL32_WHITE, "text");
    });
    splitShadingRuns(data, frame.settings());
    const std::string once = shape(data);
    splitShadingRuns(data, frame.settings());
    CHECK(shape(data) == once);
    CHECK(once == "OSBTNB");
}

TEST_CASE("shaded pixels count the area drawn, unblended and with no texture") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddRectFilled(ImVec2(0, 0), ImVec2(1000, 500), IM_COL32(20, 30, 40, 255));
        list.AddRectFilled(ImVec2(0, 0), ImVec2(100, 100), IM_COL32(20, 30, 40, 100));
    });
    splitShadingRuns(data, frame.settings());
    const auto shaded = kiosk::platform::countShadedPixels(data, frame.settings());
    CHECK(shaded.all == Approx(510000.0));
    CHECK(shaded.unblended == Approx(500000.0));
    CHECK(shaded.solid == Approx(500000.0));
}

TEST_CASE("a shaded picture is left to its own program, and counted unblended") {
    Frame frame;
    ImDrawData& data = frame.draw([](ImDrawList& list) {
        list.AddCallback(&shadedOn, nullptr);
        // Opaque: on its own it would be bracketed with blending off.
        list.AddImage(kOpaquePicture, ImVec2(0, 0), ImVec2(1000, 500));
        list.AddCallback(&shadedOff, nullptr);
        list.AddImage(kOpaquePicture, ImVec2(0, 0), ImVec2(1000, 100));
    });
    splitShadingRuns(data, frame.settings());
    CHECK(shape(data) == "[B]OBN");
    CHECK(drawsEveryIndexInOrder(data));
    const auto shaded = kiosk::platform::countShadedPixels(data, frame.settings());
    CHECK(shaded.all == Approx(600000.0));
    CHECK(shaded.unblended == Approx(600000.0));
}
