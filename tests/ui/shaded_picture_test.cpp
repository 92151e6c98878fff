// drawShadedPicture: a picture under a shade, drawn as one opaque pass once it
// can be, and as the picture with the shade blended over it until then.
#include <catch2/catch.hpp>

#include <map>

#include "images/image_cache.hpp"
#include "picture.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

// Decodes every request at once to a picture of the box's size, opaque when
// its path says so.
class InstantDecoder : public DecodeService {
  public:
    void submit(uint64_t ticket, const ImageRequest& request, DecodePriority) override {
        FinishedDecode done;
        done.ticket = ticket;
        done.image.width = request.boxWidth;
        done.image.height = request.boxHeight;
        done.image.rgba.assign(size_t(done.image.width) * done.image.height * 4, 0xFF);
        done.image.opaque = request.path.find("opaque") != std::string::npos;
        finished.push_back(std::move(done));
    }
    bool cancel(uint64_t) override { return false; }
    std::vector<FinishedDecode> takeFinished() override { return std::exchange(finished, {}); }
    void waitIdle() override {}
    std::vector<FinishedDecode> finished;
};

class CountingStore : public TextureStore {
  public:
    TextureId upload(const DecodedImage&) override { return next++; }
    void release(TextureId) override {}
    TextureId next = 7;
};

void shadeOn(const ImDrawList*, const ImDrawCmd*) {}
void shadeOff(const ImDrawList*, const ImDrawCmd*) {}

// The shaded-picture callbacks for as long as it lives.
struct CallbacksScope {
    CallbacksScope() { ui::setShadedPictureCallbacks({&shadeOn, &shadeOff}); }
    ~CallbacksScope() { ui::setShadedPictureCallbacks({}); }
};

struct Scene {
    test::ScopedImGui imgui;
    InstantDecoder decoder;
    CountingStore store;
    ImageCache images{decoder, store};
    Pack pack;
    ImDrawList list{ImGui::GetDrawListSharedData()};
    ui::UiContext ui;
    const Rect box{0, 0, 800, 400};
    const ui::PictureShade shade{0x0B2545, 0.92f, 576.0f};

    Scene() {
        ui.pack = &pack;
        ui.list = &list;
        ui.images = &images;
    }
    // Draws the picture at `now`, on a frame of its own.
    float draw(const std::string& path, double now) {
        images.beginFrame(now);
        list._ResetForNewFrame();
        list.PushClipRectFullScreen();
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        ui.now = now;
        return ui::drawShadedPicture(ui, path, box, nullptr, shade);
    }
    int callbacks() const {
        int n = 0;
        for (const ImDrawCmd& cmd : list.CmdBuffer) n += cmd.UserCallback ? 1 : 0;
        return n;
    }
    // The vertex alpha at the picture's vertices at x.
    std::vector<int> alphasAt(float x) const {
        std::vector<int> alphas;
        for (const ImDrawVert& v : list.VtxBuffer)
            if (v.pos.x == x) alphas.push_back(int(v.col >> IM_COL32_A_SHIFT & 0xFF));
        return alphas;
    }
};

}  // namespace

TEST_CASE("an opaque picture fully shown is drawn with its shade in one pass") {
    CallbacksScope callbacks;
    Scene scene;
    CHECK(scene.draw("opaque.jpg", 0.0) == 0.0f);  // asked for: decoded by the next frame
    REQUIRE(scene.draw("opaque.jpg", 0.0) == 0.0f);
    REQUIRE(scene.draw("opaque.jpg", 5.0) == 1.0f);

    const ImVector<ImDrawCmd>& cmds = scene.list.CmdBuffer;
    int on = -1, off = -1;
    for (int i = 0; i < cmds.Size; ++i) {
        if (cmds[i].UserCallback == &shadeOn) on = i;
        if (cmds[i].UserCallback == &shadeOff) off = i;
    }
    REQUIRE(on >= 0);
    REQUIRE(off > on + 1);
    // The shade's colour travels with the first callback, opaque.
    CHECK(ImU32(reinterpret_cast<uintptr_t>(cmds[on].UserCallbackData)) ==
          IM_COL32(0x0B, 0x25, 0x45, 0xFF));
    // Between them the picture alone, in two strips: the shade's alpha byte
    // (0.92 of 255 is 235) taken off at the left edge, none from where it clears.
    unsigned elements = 0;
    for (int i = on + 1; i < off; ++i) {
        CHECK(cmds[i].TextureId == ImTextureID(intptr_t(7)));
        elements += cmds[i].ElemCount;
    }
    CHECK(elements == 12);
    for (const int a : scene.alphasAt(0.0f)) CHECK(a == 255 - 235);
    for (const int a : scene.alphasAt(576.0f)) CHECK(a == 255);
    for (const int a : scene.alphasAt(800.0f)) CHECK(a == 255);
}

TEST_CASE("a picture fading in, one with transparency, or no callbacks: the shade is blended") {
    Scene scene;
    std::string path = "opaque.jpg";
    double now = 5.0;
    SECTION("fading in") {
        CallbacksScope callbacks;
        scene.draw(path, 0.0);
        scene.draw(path, 1.0);
        now = 1.0 + 0.1;
        CHECK(scene.draw(path, now) < 1.0f);
        CHECK(scene.callbacks() == 0);
    }
    SECTION("with transparency") {
        CallbacksScope callbacks;
        path = "cut-out.png";
        scene.draw(path, 0.0);
        scene.draw(path, 0.0);
        CHECK(scene.draw(path, now) == 1.0f);
        CHECK(scene.callbacks() == 0);
    }
    SECTION("no callbacks (no GL)") {
        scene.draw(path, 0.0);
        scene.draw(path, 0.0);
        CHECK(scene.draw(path, now) == 1.0f);
        CHECK(scene.callbacks() == 0);
    }
    // The picture's quad, then the shade's gradient over it: the shade's two
    // corners at clearX are the only vertices there with no alpha.
    int clearCorners = 0;
    for (const int a : scene.alphasAt(576.0f)) clearCorners += a == 0 ? 1 : 0;
    CHECK(clearCorners == 2);
}

TEST_CASE("a shaded picture drawn past 65536 vertices indexes its own corners") {
    CallbacksScope callbacks;
    Scene scene;
    scene.draw("opaque.jpg", 0.0);
    scene.draw("opaque.jpg", 0.0);
    // A frame already holding nearly all that 16-bit indices reach (a map):
    // the picture's vertices start a new vertex offset.
    scene.images.beginFrame(5.0);
    scene.list._ResetForNewFrame();
    scene.list.Flags |= ImDrawListFlags_AllowVtxOffset;
    scene.list.PushClipRectFullScreen();
    scene.list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    while (scene.list._VtxCurrentIdx < (1 << 16) - 6)
        scene.list.AddRectFilled(ImVec2(900, 0), ImVec2(901, 1), IM_COL32_WHITE);
    scene.ui.now = 5.0;
    REQUIRE(ui::drawShadedPicture(scene.ui, "opaque.jpg", scene.box, nullptr, scene.shade) == 1.0f);

    bool inside = false;
    int corners = 0;
    for (const ImDrawCmd& cmd : scene.list.CmdBuffer) {
        if (cmd.UserCallback) {
            inside = cmd.UserCallback == &shadeOn;
            continue;
        }
        if (!inside) continue;
        for (unsigned i = 0; i < cmd.ElemCount; ++i) {
            const unsigned index = cmd.VtxOffset + scene.list.IdxBuffer[int(cmd.IdxOffset + i)];
            REQUIRE(index < unsigned(scene.list.VtxBuffer.Size));
            // A corner of the picture's strips, never of the squares at x 900.
            const ImVec2 at = scene.list.VtxBuffer[int(index)].pos;
            CHECK((at.x == 0.0f || at.x == 576.0f || at.x == 800.0f));
            CHECK((at.y == 0.0f || at.y == 400.0f));
            ++corners;
        }
    }
    CHECK(corners == 12);
}
