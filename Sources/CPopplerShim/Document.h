// The C++ side of `shim_document`: an open PDFDoc and the messages poppler
// reported while reading it.
#ifndef SHIM_DOCUMENT_H
#define SHIM_DOCUMENT_H

#include "PopplerShim.h"

#include <PDFDoc.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>

struct shim_document {
    std::unique_ptr<PDFDoc> pdf;
    std::atomic<bool> reconstructed { false };
    std::atomic<uint64_t> syntaxWarnings { 0 };
    std::atomic<uint64_t> syntaxErrors { 0 };
    std::atomic<uint64_t> other { 0 };
    std::atomic<uint64_t> aboutFonts { 0 };
    std::atomic<uint64_t> missingLanguagePacks { 0 };
    /// How many glyphs the page read last kept: the next page's vector is
    /// given room for as many (a document's pages print alike), not grown
    /// glyph by glyph. Pages may be read on several threads at once.
    std::atomic<size_t> glyphCountHint { 0 };
    std::mutex firstMessageLock;
    std::string firstMessage;
};

/// The page (0-based) when the page tree gives it, else nullptr.
Page *pageAt(shim_document *document, int index);

/// While alive, poppler's messages on this thread are counted for `document`.
/// poppler's error callback is one global function; each thread reads one
/// document at a time, so the document being read is kept per thread.
class MessagesGoTo {
public:
    explicit MessagesGoTo(shim_document *document);
    ~MessagesGoTo();
    MessagesGoTo(const MessagesGoTo &) = delete;
    MessagesGoTo &operator=(const MessagesGoTo &) = delete;

private:
    shim_document *previous;
};

#endif
