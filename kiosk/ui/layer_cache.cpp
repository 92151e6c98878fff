#include "layer_cache.hpp"

#include <memory>
#include <vector>

namespace kiosk::ui {

namespace {
LayerCache* current = nullptr;
// One list per depth of layers drawn inside layers (a map on a leaving slide).
std::vector<std::unique_ptr<ImDrawList>> scratchLists;
size_t depth = 0;
// How many layers being painted now were said to stay still.
size_t stillDepth = 0;
}  // namespace

LayerDrawList::LayerDrawList(bool staysStill) : staysStill_(staysStill) {
    if (depth == scratchLists.size())
        scratchLists.push_back(std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData()));
    list_ = scratchLists[depth++].get();
    if (staysStill_) ++stillDepth;
}

LayerDrawList::~LayerDrawList() {
    --depth;
    if (staysStill_) --stillDepth;
}

void releaseLayerScratch() {
    if (depth == 0) scratchLists.clear();
}

bool insideStillLayer() {
    return stillDepth > 0;
}

void LayerDrawList::reset(ImVec2 size) const {
    // The shared data belongs to the ImGui context, which may have been made anew.
    list_->_Data = ImGui::GetDrawListSharedData();
    list_->_ResetForNewFrame();
    list_->PushTextureID(ImGui::GetIO().Fonts->TexID);
    list_->PushClipRect(ImVec2(0, 0), size);
}

void setLayerCache(LayerCache* cache) {
    current = cache;
}

LayerCache* layerCache() {
    return current;
}

}  // namespace kiosk::ui
