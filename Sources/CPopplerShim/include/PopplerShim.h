/// The one-pass PDF layer: a plain C interface to poppler's C++ API.
///
/// A document is opened once; each page is interpreted once (poppler's
/// `PDFDoc::displayPage` into an `OutputDev` that decodes no image), and the
/// page's glyphs, painted paths and image boxes come back as flat arrays in page space:
/// points, origin at the top-left of the crop box as displayed (the page's
/// rotation applied), y growing downwards. Nothing here throws, aborts on bad
/// input or prints: poppler's messages are counted per document.
///
/// A document must be used by one thread at a time; separate documents may be
/// used on separate threads at once.
#ifndef POPPLER_SHIM_H
#define POPPLER_SHIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct shim_document shim_document;
typedef struct shim_page shim_page;

/// Why a document did not open.
typedef enum {
    SHIM_OPEN_OK = 0,
    /// The file could not be opened or read.
    SHIM_OPEN_FILE = 1,
    /// Encrypted with a password.
    SHIM_OPEN_ENCRYPTED = 2,
    /// Not readable as a PDF even after poppler's repairs.
    SHIM_OPEN_DAMAGED = 3,
} shim_open_status;

/// How many messages poppler reported while reading a document, by kind.
typedef struct {
    /// Syntax problems poppler worked around (output probably right).
    uint64_t syntax_warnings;
    /// Syntax problems poppler worked around (output probably wrong).
    uint64_t syntax_errors;
    /// Everything else: I/O, unimplemented features, internal errors.
    uint64_t other;
    /// Of all the above, those about fonts.
    uint64_t about_fonts;
    /// Of all the above, "Missing language pack for '…' mapping": a font whose
    /// character collection (Adobe-GB1, Adobe-CNS1 …) needs a CMap that only
    /// Debian's poppler-data carries; text shown in it is lost.
    uint64_t missing_language_packs;
} shim_message_counts;

/// Opens a PDF. NULL when it cannot be opened; `status` says why.
shim_document *shim_document_open(const char *path, shim_open_status *status);
void shim_document_close(shim_document *document);

int shim_document_page_count(const shim_document *document);
/// Whether poppler had to rebuild the cross-reference table (a damaged or truncated file).
bool shim_document_xref_reconstructed(const shim_document *document);
/// An entry of the document information dictionary (`Producer`, `Creator`)
/// as UTF-8, to be freed with `shim_string_free`; NULL when absent.
char *shim_document_info(shim_document *document, const char *key);
void shim_string_free(char *string);
shim_message_counts shim_document_messages(const shim_document *document);
/// The first message poppler reported for this document (a NUL-terminated
/// copy into `buffer`); false when there was none.
bool shim_document_first_message(const shim_document *document, char *buffer, size_t size);

/// The displayed size of a page (0-based), in points: its crop box, turned by
/// its rotation. False when the page cannot be found in the page tree.
bool shim_page_size(shim_document *document, int index, double *width, double *height);

/// A rectangle in page space.
typedef struct {
    double x0, y0, x1, y1;
} shim_rect;

/// A colour, each component 0...1.
typedef struct {
    double red, green, blue, opacity;
} shim_colour;

/// One character drawn by a text operator.
typedef struct {
    /// Its Unicode text: `text_length` bytes of UTF-8 at `text_offset` in the
    /// page's text buffer; 0 bytes when the font maps it to no Unicode.
    uint32_t text_offset;
    uint32_t text_length;
    /// Index into the page's font names.
    uint32_t font;
    /// Position among everything the page paints (glyphs, paths and images together).
    uint32_t order;
    /// The baseline origin and the advance (character spacing left out), in page space.
    double origin_x, origin_y;
    double advance_x, advance_y;
    /// The font size (Tf) and the text matrix (Tm) in text space.
    double font_size;
    double text_matrix[6];
    /// The glyph's box: the font's ascent and descent where the descriptor's
    /// are plausible, else the em box (0.88 above the baseline, 0.12 below).
    shim_rect box;
    /// Whether `box` is the em box because the descriptor's ascent or descent was not plausible.
    bool em_box;
    /// The em box whatever the descriptor says: 0.88 em above the baseline, 0.12 below, along the advance.
    shim_rect em;
    /// The bounding box of the clip in force when it was drawn.
    shim_rect clip;
    shim_colour fill;
    /// Text render mode, 0...7 (3: invisible).
    int render_mode;
    bool bold;
} shim_glyph;

/// How a path was painted.
typedef enum {
    SHIM_PAINT_STROKE = 1,
    SHIM_PAINT_FILL = 2,
} shim_paint;

/// One point of a path, in page space.
typedef struct {
    double x, y;
    /// SHIM_POINT_* flags.
    uint32_t flags;
} shim_point;

enum {
    /// The first point of a subpath.
    SHIM_POINT_MOVE = 1,
    /// A Bézier control or end point: the segment to it is a curve.
    SHIM_POINT_CURVE = 2,
    /// The last point of a subpath that is closed back to its first.
    SHIM_POINT_CLOSES = 4,
};

/// One stroked or filled path.
typedef struct {
    uint32_t first_point;
    uint32_t point_count;
    uint32_t order;
    shim_paint paint;
    /// Stroke width in page space (0: the thinnest line the device can draw).
    double line_width;
    /// The first dash and gap length in page space; 0 and 0 for a solid line.
    double dash_on, dash_off;
    /// The stroke colour for a stroke, the fill colour for a fill.
    shim_colour colour;
    shim_rect clip;
} shim_path;

/// One image drawn on the page (never decoded: only where it lies and
/// whether it hides what was painted under it).
typedef struct {
    /// The box the image's unit square maps to, in page space.
    shim_rect box;
    /// The bounding box of the clip in force when it was drawn.
    shim_rect clip;
    /// Position among everything the page paints (glyphs, paths and images together).
    uint32_t order;
    /// Whether the image maps to a rectangle with sides along the page's
    /// axes (not turned or skewed by a fraction of a right angle): then
    /// `box` is what it paints, not just a box around it.
    bool axis_aligned;
    /// Whether every pixel it paints is opaque: a plain image (no stencil
    /// mask, no mask, no soft mask, no colour-key mask) painted at full
    /// opacity, in the normal blend mode, under no soft mask, in no
    /// transparency group painted at less than full opacity.
    bool opaque;
} shim_image;

/// Reads one page (0-based) in one interpretation. NULL when the page
/// cannot be read; poppler's messages about it are counted in the document.
shim_page *shim_page_read(shim_document *document, int index);
void shim_page_free(shim_page *page);

size_t shim_page_glyph_count(const shim_page *page);
const shim_glyph *shim_page_glyphs(const shim_page *page);
/// The UTF-8 text that glyphs point into.
const char *shim_page_text(const shim_page *page);
size_t shim_page_font_count(const shim_page *page);
/// The font's base name as UTF-8 (subset tag left out), never NULL.
const char *shim_page_font_name(const shim_page *page, size_t index);
size_t shim_page_path_count(const shim_page *page);
const shim_path *shim_page_paths(const shim_page *page);
const shim_point *shim_page_points(const shim_page *page);
size_t shim_page_image_count(const shim_page *page);
const shim_image *shim_page_images(const shim_page *page);
/// Whether the page painted more than the shim keeps (a page of millions of
/// glyphs or path points: the rest is left out).
bool shim_page_truncated(const shim_page *page);

#ifdef __cplusplus
}
#endif

#endif
