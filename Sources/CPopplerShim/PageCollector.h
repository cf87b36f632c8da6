// An OutputDev that keeps what a page paints instead of drawing it: glyphs
// with their boxes, and stroked and filled paths, all in page space.
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
    // Images: OutputDev's defaults skip an inline image's bytes and decode nothing.

    void stroke(GfxState *state) override;
    void fill(GfxState *state) override;
    void eoFill(GfxState *state) override;
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY,
                  CharCode code, int nBytes, const Unicode *u, int uLen) override;

private:
    void keepPath(GfxState *state, shim_paint paint);
    uint32_t fontIndex(GfxState *state);

    shim_page &page;
    uint32_t nextOrder = 0;
    std::unordered_map<const GfxFont *, uint32_t> fontIndices;
    // Whether each of page.fontNames names a bold face: read once a font, not once a glyph.
    std::vector<bool> fontNameSaysBold;
};

#endif
