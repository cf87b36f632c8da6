// An OutputDev that keeps what a page paints instead of drawing it: glyphs
// with their boxes, stroked and filled paths, and the boxes images cover,
// all in page space.
#ifndef SHIM_PAGE_COLLECTOR_H
#define SHIM_PAGE_COLLECTOR_H

#include "PopplerShim.h"

#include <GfxState.h>
#include <OutputDev.h>

#include <string>
#include <unordered_map>
#include <vector>

struct shim_page {
    std::vector<shim_glyph> glyphs;
    std::string text;
    std::vector<std::string> fontNames;
    std::vector<shim_path> paths;
    std::vector<shim_point> points;
    std::vector<shim_image> images;
    bool truncated = false;
};

class PageCollector : public OutputDev {
public:
    explicit PageCollector(shim_page &page) : page(page) { }

    // Device space is page space: y down, origin at the top-left.
    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    // Type 3 glyphs come as drawChar calls; their procedures are not run.
    bool interpretType3Chars() override { return false; }

    // Patterns and shadings are accepted and not drawn (no tile is
    // interpreted, no smooth shading is cut into thousands of small fills).
    bool useTilingPatternFill() override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double,
                           double) override
    {
        return true;
    }
    bool useShadedFills(int) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }
    // Images: where each lies and whether it is opaque is kept; OutputDev's
    // defaults then skip an inline image's bytes and decode nothing.
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                   bool interpolate, const int *maskColors, bool inlineImg) override;
    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert,
                       bool interpolate, bool inlineImg) override;
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height,
                         GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight,
                         bool maskInvert, bool maskInterpolate) override;
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height,
                             GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth,
                             int maskHeight, GfxImageColorMap *maskColorMap, bool maskInterpolate) override;

    // What makes an image let through what lies under it besides its own
    // masks: a soft mask in the graphics state, and a transparency group
    // painted at less than full opacity or blended (or drawn as a soft mask).
    void saveState(GfxState *state) override;
    void restoreState(GfxState *state) override;
    void setSoftMask(GfxState *state, const double *bbox, bool alpha, Function *transferFunc,
                     GfxColor *backdropColor) override;
    void clearSoftMask(GfxState *state) override;
    void beginTransparencyGroup(GfxState *state, const double *bbox, GfxColorSpace *blendingColorSpace, bool isolated,
                                bool knockout, bool forSoftMask) override;
    void endTransparencyGroup(GfxState *state) override;
    void paintTransparencyGroup(GfxState *state, const double *bbox) override;

    void stroke(GfxState *state) override;
    void fill(GfxState *state) override;
    void eoFill(GfxState *state) override;
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY,
                  CharCode code, int nBytes, const Unicode *u, int uLen) override;

private:
    void keepPath(GfxState *state, shim_paint paint);
    /// Keeps an image's box; `opaque` when the image itself has no mask of any kind.
    void keepImage(GfxState *state, bool opaque);
    /// The images kept since the transparency group that just ended began
    /// let what lies under them show.
    void closedGroupLetsThrough();
    uint32_t fontIndex(GfxState *state);

    shim_page &page;
    uint32_t nextOrder = 0;
    std::unordered_map<const GfxFont *, uint32_t> fontIndices;
    // Whether each of page.fontNames names a bold face: read once a font, not once a glyph.
    std::vector<bool> fontNameSaysBold;
    // Whether a soft mask is in force, one entry per saved graphics state (the last is the current one).
    std::vector<bool> softMaskInForce { false };
    // Where each open transparency group's images start in page.images, and
    // where the group that ended last began (its painting comes after it ends).
    std::vector<size_t> openGroups;
    size_t closedGroupStart = 0;
};

#endif
