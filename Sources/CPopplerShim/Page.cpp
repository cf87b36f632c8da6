// Reading one page: one interpretation through PageCollector, every C++
// exception caught here.
#include "Document.h"
#include "PageCollector.h"

namespace {

/// Page space in points: poppler's 72 dots per inch.
constexpr double pointsPerInch = 72;

}

extern "C" {

shim_page *shim_page_read(shim_document *document, int index)
{
    try {
        MessagesGoTo messages(document);
        if (pageAt(document, index) == nullptr) {
            return nullptr;
        }
        auto result = std::make_unique<shim_page>();
        result->glyphs.reserve(document->glyphCountHint.load(std::memory_order_relaxed));
        PageCollector collector(*result);
        // rotate 0: the page's own /Rotate applies; crop box; not printing.
        document->pdf->displayPage(&collector, index + 1, pointsPerInch, pointsPerInch, 0, false, true, false);
        document->glyphCountHint.store(result->glyphs.size(), std::memory_order_relaxed);
        return result.release();
    } catch (...) {
        return nullptr;
    }
}

void shim_page_free(shim_page *page)
{
    delete page;
}

size_t shim_page_glyph_count(const shim_page *page)
{
    return page->glyphs.size();
}

const shim_glyph *shim_page_glyphs(const shim_page *page)
{
    return page->glyphs.data();
}

const char *shim_page_text(const shim_page *page)
{
    return page->text.c_str();
}

size_t shim_page_font_count(const shim_page *page)
{
    return page->fontNames.size();
}

const char *shim_page_font_name(const shim_page *page, size_t index)
{
    return index < page->fontNames.size() ? page->fontNames[index].c_str() : "";
}

size_t shim_page_path_count(const shim_page *page)
{
    return page->paths.size();
}

const shim_path *shim_page_paths(const shim_page *page)
{
    return page->paths.data();
}

const shim_point *shim_page_points(const shim_page *page)
{
    return page->points.data();
}

size_t shim_page_image_count(const shim_page *page)
{
    return page->images.size();
}

const shim_image *shim_page_images(const shim_page *page)
{
    return page->images.data();
}

bool shim_page_truncated(const shim_page *page)
{
    return page->truncated;
}

}
