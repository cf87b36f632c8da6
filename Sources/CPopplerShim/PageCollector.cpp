// What a page paints, kept in page space: the glyphs of its text operators,
// the paths it strokes and fills, and where its images lie.
#include "PageCollector.h"
#include "PopplerVersion.h"
#include "UTF8.h"

#include <GfxFont.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

/// The most glyphs and path points kept of one page: a damaged or hostile
/// page painting more is cut short (and says so) rather than fill memory.
constexpr size_t glyphLimit = 1'000'000;
constexpr size_t pointLimit = 2'000'000;

/// An ascent (in ems) outside this range is not the font's: a descriptor in
/// raw font units (1802 for 1.802 em), or one that puts the glyph below its baseline.
constexpr double plausibleAscentMin = 0.5, plausibleAscentMax = 1.2;
/// A descent (in ems, negative below the baseline) outside this range is not the font's.
constexpr double plausibleDescentMin = -0.5, plausibleDescentMax = 0.0;
/// The em box of a CJK font: 0.88 em above the baseline, 0.12 below.
constexpr double emAscent = 0.88, emDescent = -0.12;
/// An image side whose slant across the other axis is under this fraction
/// of its length (a twentieth of a degree) lies along the axis: its box is
/// what it paints.
constexpr double axisSlantFraction = 0.001;
/// Less opaque than this, an image lets what lies under it show
/// (Colour.opaqueEnough on the Swift side).
constexpr double opaqueEnough = 0.99;

shim_rect clipOf(GfxState *state)
{
    shim_rect clip;
    state->getClipBBox(&clip.x0, &clip.y0, &clip.x1, &clip.y1);
    return clip;
}

shim_colour colourOf(const GfxRGB &rgb, double opacity)
{
    return shim_colour { colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b), opacity };
}

bool isFinite(double value)
{
    return std::isfinite(value);
}

bool nameSaysBold(const std::string &name)
{
    static const char *const words[] = { "Bold", "bold", "BOLD", "Heavy", "Black", "Demi", "Semibold" };
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char *word) { return name.find(word) != std::string::npos; });
}

}

uint32_t PageCollector::fontIndex(GfxState *state)
{
    const GfxFont *font = state->getFont().get();
    auto found = fontIndices.find(font);
    if (found != fontIndices.end()) {
        return found->second;
    }
    std::string name;
    if (font != nullptr) {
        name = font->getNameWithoutSubsetTag();
    }
    auto index = static_cast<uint32_t>(page.fontNames.size());
    fontNameSaysBold.push_back(nameSaysBold(name));
    page.fontNames.push_back(name);
    fontIndices.emplace(font, index);
    return index;
}

void PageCollector::drawChar(GfxState *state, double x, double y, double dx, double dy, double, double, CharCode code,
                             int, const Unicode *u, int uLen)
{
    // Blank characters print nothing; gaps are measured between glyphs.
    if (uLen == 1 && (u[0] == 0x20 || u[0] == 0x09 || u[0] == 0xA0 || u[0] == 0x3000)) {
        return;
    }
    if (page.glyphs.size() >= glyphLimit) {
        page.truncated = true;
        return;
    }
    const GfxFont *font = state->getFont().get();

    // The advance without character and word spacing, as poppler's text output counts it.
    double spacing = state->getCharSpace() + (code == 0x20 ? state->getWordSpace() : 0);
    double spacingX, spacingY;
    state->textTransformDelta(spacing * state->getHorizScaling(), 0, &spacingX, &spacingY);
    double originX, originY, advanceX, advanceY, upX, upY, textUpX, textUpY;
    state->transform(x, y, &originX, &originY);
    state->transformDelta(dx - spacingX, dy - spacingY, &advanceX, &advanceY);
    // One em upwards, in page space.
    state->textTransformDelta(0, state->getFontSize(), &textUpX, &textUpY);
    state->transformDelta(textUpX, textUpY, &upX, &upY);
    if (!isFinite(originX) || !isFinite(originY) || !isFinite(advanceX) || !isFinite(advanceY) || !isFinite(upX)
        || !isFinite(upY)) {
        return;
    }

    // The box of the glyph's run from `descent` to `ascent` ems about its baseline: the corners turned into page space.
    auto runBox = [&](double ascent, double descent) {
        double xs[4] = { originX + descent * upX, originX + ascent * upX, originX + advanceX + descent * upX,
                         originX + advanceX + ascent * upX };
        double ys[4] = { originY + descent * upY, originY + ascent * upY, originY + advanceY + descent * upY,
                         originY + advanceY + ascent * upY };
        return shim_rect { *std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
                           *std::max_element(ys, ys + 4) };
    };
    double ascent = font != nullptr ? font->getAscent() : emAscent;
    double descent = font != nullptr ? font->getDescent() : emDescent;
    bool plausible = ascent >= plausibleAscentMin && ascent <= plausibleAscentMax && descent >= plausibleDescentMin
        && descent <= plausibleDescentMax;

    // Built in place at the end of the page's glyphs (nothing below returns early).
    shim_glyph &glyph = page.glyphs.emplace_back();
    glyph.text_offset = static_cast<uint32_t>(page.text.size());
    for (int i = 0; i < uLen; i++) {
        appendUTF8(page.text, u[i]);
    }
    glyph.text_length = static_cast<uint32_t>(page.text.size() - glyph.text_offset);
    glyph.font = fontIndex(state);
    glyph.order = nextOrder++;
    glyph.origin_x = originX;
    glyph.origin_y = originY;
    glyph.advance_x = advanceX;
    glyph.advance_y = advanceY;
    glyph.font_size = state->getFontSize();
    std::copy(state->getTextMat(), state->getTextMat() + 6, glyph.text_matrix);
    glyph.em = runBox(emAscent, emDescent);
    glyph.box = plausible ? runBox(ascent, descent) : glyph.em;
    glyph.em_box = !plausible;
    glyph.clip = clipOf(state);
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    glyph.fill = colourOf(rgb, state->getFillOpacity());
    glyph.render_mode = state->getRender();
    glyph.bold = font != nullptr
        && (font->isBold() || font->getWeight() >= GfxFont::W700
            || fontNameSaysBold[glyph.font]);
}

void PageCollector::stroke(GfxState *state)
{
    keepPath(state, SHIM_PAINT_STROKE);
}

void PageCollector::fill(GfxState *state)
{
    keepPath(state, SHIM_PAINT_FILL);
}

void PageCollector::eoFill(GfxState *state)
{
    keepPath(state, SHIM_PAINT_FILL);
}

void PageCollector::keepPath(GfxState *state, shim_paint paint)
{
    const GfxPath *path = state->getPath();
    if (path == nullptr) {
        return;
    }
    shim_path kept {};
    kept.first_point = static_cast<uint32_t>(page.points.size());
    kept.order = nextOrder++;
    kept.paint = paint;
    for (int s = 0; s < path->getNumSubpaths(); s++) {
        const GfxSubpath *subpath = path->getSubpath(s);
        int count = subpath->getNumPoints();
        if (page.points.size() + static_cast<size_t>(count) > pointLimit) {
            page.truncated = true;
            break;
        }
        for (int i = 0; i < count; i++) {
            shim_point point {};
            state->transform(subpath->getX(i), subpath->getY(i), &point.x, &point.y);
            if (!isFinite(point.x) || !isFinite(point.y)) {
                continue;
            }
            point.flags = (i == 0 ? SHIM_POINT_MOVE : 0) | (subpath->getCurve(i) ? SHIM_POINT_CURVE : 0)
                | (i == count - 1 && subpath->isClosed() ? SHIM_POINT_CLOSES : 0);
            page.points.push_back(point);
        }
    }
    kept.point_count = static_cast<uint32_t>(page.points.size() - kept.first_point);
    if (kept.point_count == 0) {
        return;
    }
    GfxRGB rgb;
    if (paint == SHIM_PAINT_STROKE) {
        state->getStrokeRGB(&rgb);
        kept.colour = colourOf(rgb, state->getStrokeOpacity());
        kept.line_width = state->getTransformedLineWidth();
        double start;
        const std::vector<double> &dash = state->getLineDash(&start);
        if (!dash.empty()) {
            kept.dash_on = state->transformWidth(dash[0]);
            kept.dash_off = state->transformWidth(dash.size() > 1 ? dash[1] : dash[0]);
        }
    } else {
        state->getFillRGB(&rgb);
        kept.colour = colourOf(rgb, state->getFillOpacity());
    }
    kept.clip = clipOf(state);
    page.paths.push_back(kept);
}

void PageCollector::keepImage(GfxState *state, bool opaque)
{
    // The image fills its unit square, mapped by the CTM.
    double xs[4], ys[4];
    state->transform(0, 0, &xs[0], &ys[0]);
    state->transform(1, 0, &xs[1], &ys[1]);
    state->transform(0, 1, &xs[2], &ys[2]);
    state->transform(1, 1, &xs[3], &ys[3]);
    if (!std::all_of(xs, xs + 4, isFinite) || !std::all_of(ys, ys + 4, isFinite)) {
        return;
    }
    double acrossX = xs[1] - xs[0], acrossY = ys[1] - ys[0], upX = xs[2] - xs[0], upY = ys[2] - ys[0];
    auto along = [](double length, double slant) { return std::abs(slant) <= std::abs(length) * axisSlantFraction; };
    shim_image image {};
    image.box = shim_rect { *std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
                            *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4) };
    image.clip = clipOf(state);
    image.order = nextOrder++;
    image.axis_aligned = (along(acrossX, acrossY) && along(upY, upX)) || (along(acrossY, acrossX) && along(upX, upY));
    image.opaque = opaque && state->getFillOpacity() >= opaqueEnough && state->getBlendMode() == gfxBlendNormal
        && !softMaskInForce.back();
    page.images.push_back(image);
}

void PageCollector::drawImage(GfxState *state, Object *ref, Stream *str, int width, int height,
                              GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg)
{
    // A colour-key mask (maskColors) leaves the pixels of its colours unpainted.
    keepImage(state, maskColors == nullptr);
    OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
}

void PageCollector::drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert,
                                  bool interpolate, bool inlineImg)
{
    // A stencil mask paints the fill colour through its holes only.
    keepImage(state, false);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
}

void PageCollector::drawMaskedImage(GfxState *state, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *,
                                    int, int, bool, bool)
{
    // Never inline (the mask is a stream of its own): no bytes to skip. OutputDev's
    // default would pass it on to drawImage as if it had no mask.
    keepImage(state, false);
}

void PageCollector::drawSoftMaskedImage(GfxState *state, Object *, Stream *, int, int, GfxImageColorMap *, bool,
                                        Stream *, int, int, GfxImageColorMap *, bool)
{
    // As drawMaskedImage: never inline, and not passed on to drawImage.
    keepImage(state, false);
}

void PageCollector::saveState(GfxState *)
{
    softMaskInForce.push_back(softMaskInForce.back());
}

void PageCollector::restoreState(GfxState *)
{
    if (softMaskInForce.size() > 1) {
        softMaskInForce.pop_back();
    }
}

void PageCollector::setSoftMask(GfxState *, const double *, bool, Function *, GfxColor *)
{
    // The group that just ended drew the mask, not the page.
    closedGroupLetsThrough();
    softMaskInForce.back() = true;
}

void PageCollector::clearSoftMask(GfxState *)
{
    softMaskInForce.back() = false;
}

void PageCollector::beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool)
{
    openGroups.push_back(page.images.size());
}

void PageCollector::endTransparencyGroup(GfxState *)
{
    if (!openGroups.empty()) {
        closedGroupStart = openGroups.back();
        openGroups.pop_back();
    }
}

void PageCollector::paintTransparencyGroup(GfxState *state, const double *)
{
    // The group is painted in the state around it, as one image would be.
    if (state->getFillOpacity() < opaqueEnough || state->getBlendMode() != gfxBlendNormal || softMaskInForce.back()) {
        closedGroupLetsThrough();
    }
}

void PageCollector::closedGroupLetsThrough()
{
    for (size_t index = closedGroupStart; index < page.images.size(); index++) {
        page.images[index].opaque = false;
    }
}
