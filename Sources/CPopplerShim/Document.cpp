// Opening a document, its information entries, and poppler's messages
// counted per document instead of printed.
#include "Document.h"
#include "UTF8.h"

#include <Error.h>
#include <GlobalParams.h>
#include <PDFDocEncoding.h>

#include <cstring>
#include <string_view>

namespace {

thread_local shim_document *documentBeingRead = nullptr;

/// The longest first message kept, in bytes.
constexpr size_t firstMessageLimit = 300;

bool mentionsFonts(const char *message)
{
    std::string_view text(message);
    return text.find("font") != std::string_view::npos || text.find("Font") != std::string_view::npos
        || text.find("glyph") != std::string_view::npos;
}

void countMessage(ErrorCategory category, Goffset, const char *message)
{
    shim_document *document = documentBeingRead;
    if (document == nullptr || message == nullptr) {
        return;
    }
    switch (category) {
    case errSyntaxWarning:
        document->syntaxWarnings++;
        break;
    case errSyntaxError:
        document->syntaxErrors++;
        break;
    default:
        document->other++;
        break;
    }
    if (mentionsFonts(message)) {
        document->aboutFonts++;
    }
    constexpr std::string_view missingLanguagePack = "Missing language pack";
    if (std::string_view(message).substr(0, missingLanguagePack.size()) == missingLanguagePack) {
        document->missingLanguagePacks++;
    }
    std::lock_guard<std::mutex> lock(document->firstMessageLock);
    if (document->firstMessage.empty()) {
        document->firstMessage.assign(message, strnlen(message, firstMessageLimit));
    }
}

/// poppler's global parameters, set up once for the process. GlobalParamsIniter
/// counts its users under a mutex, so poppler-glib (which uses it too, for
/// `inspect`'s picture) shares the same instance rather than replacing it.
void setUpPoppler()
{
    static GlobalParamsIniter initer(countMessage);
    // poppler-glib's initer installs its own callback: take it back each time.
    setErrorCallback(countMessage);
}

/// A PDF text string (UTF-16BE with a byte order mark, else PDFDocEncoding) as UTF-8.
std::string textStringToUTF8(const GooString &string)
{
    const std::string &bytes = string.toStr();
    std::string out;
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE
        && static_cast<unsigned char>(bytes[1]) == 0xFF) {
        for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
            uint32_t unit = (static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]);
            if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size()) {
                uint32_t low = (static_cast<unsigned char>(bytes[i + 2]) << 8)
                    | static_cast<unsigned char>(bytes[i + 3]);
                if (low >= 0xDC00 && low < 0xE000) {
                    appendUTF8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                    i += 2;
                    continue;
                }
            }
            if (unit < 0xD800 || unit >= 0xE000) {
                appendUTF8(out, unit);
            }
        }
    } else {
        for (unsigned char byte : bytes) {
            appendUTF8(out, pdfDocEncoding[byte]);
        }
    }
    return out;
}

}

Page *pageAt(shim_document *document, int index)
{
    if (index < 0 || index >= document->pdf->getNumPages()) {
        return nullptr;
    }
    Page *page = document->pdf->getPage(index + 1);
    return page != nullptr && page->isOk() ? page : nullptr;
}

MessagesGoTo::MessagesGoTo(shim_document *document) : previous(documentBeingRead)
{
    setUpPoppler();
    documentBeingRead = document;
}

MessagesGoTo::~MessagesGoTo()
{
    documentBeingRead = previous;
}

extern "C" {

shim_document *shim_document_open(const char *path, shim_open_status *status)
{
    *status = SHIM_OPEN_DAMAGED;
    try {
        auto document = std::make_unique<shim_document>();
        MessagesGoTo messages(document.get());
        shim_document *raw = document.get();
        document->pdf = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), std::optional<GooString> {},
                                                 std::optional<GooString> {}, nullptr,
                                                 [raw]() { raw->reconstructed = true; });
        if (!document->pdf->isOk()) {
            switch (document->pdf->getErrorCode()) {
            case errOpenFile:
                *status = SHIM_OPEN_FILE;
                break;
            case errEncrypted:
                *status = SHIM_OPEN_ENCRYPTED;
                break;
            default:
                *status = SHIM_OPEN_DAMAGED;
                break;
            }
            return nullptr;
        }
        *status = SHIM_OPEN_OK;
        return document.release();
    } catch (...) {
        *status = SHIM_OPEN_DAMAGED;
        return nullptr;
    }
}

void shim_document_close(shim_document *document)
{
    try {
        MessagesGoTo messages(document);
        delete document;
    } catch (...) {
    }
}

int shim_document_page_count(const shim_document *document)
{
    try {
        MessagesGoTo messages(const_cast<shim_document *>(document));
        int count = document->pdf->getNumPages();
        return count > 0 ? count : 0;
    } catch (...) {
        return 0;
    }
}

bool shim_document_xref_reconstructed(const shim_document *document)
{
    return document->reconstructed;
}

char *shim_document_info(shim_document *document, const char *key)
{
    try {
        MessagesGoTo messages(document);
        std::unique_ptr<GooString> value = document->pdf->getDocInfoStringEntry(key);
        if (!value) {
            return nullptr;
        }
        return strdup(textStringToUTF8(*value).c_str());
    } catch (...) {
        return nullptr;
    }
}

void shim_string_free(char *string)
{
    free(string);
}

shim_message_counts shim_document_messages(const shim_document *document)
{
    return shim_message_counts { document->syntaxWarnings, document->syntaxErrors, document->other,
                                 document->aboutFonts, document->missingLanguagePacks };
}

bool shim_document_first_message(const shim_document *document, char *buffer, size_t size)
{
    auto *mutableDocument = const_cast<shim_document *>(document);
    std::lock_guard<std::mutex> lock(mutableDocument->firstMessageLock);
    if (document->firstMessage.empty() || size == 0) {
        return false;
    }
    size_t length = std::min(size - 1, document->firstMessage.size());
    memcpy(buffer, document->firstMessage.data(), length);
    buffer[length] = '\0';
    return true;
}

bool shim_page_size(shim_document *document, int index, double *width, double *height)
{
    try {
        MessagesGoTo messages(document);
        Page *page = pageAt(document, index);
        if (page == nullptr) {
            return false;
        }
        double w = page->getCropWidth(), h = page->getCropHeight();
        bool sideways = page->getRotate() % 180 != 0;
        *width = sideways ? h : w;
        *height = sideways ? w : h;
        return true;
    } catch (...) {
        return false;
    }
}

}
