// Unicode scalars to UTF-8, for the text the shim hands to Swift.
#ifndef SHIM_UTF8_H
#define SHIM_UTF8_H

#include <cstdint>
#include <string>

/// Appends one scalar as UTF-8; surrogates and values past U+10FFFF are left out.
inline void appendUTF8(std::string &out, uint32_t scalar)
{
    if (scalar < 0x80) {
        out += static_cast<char>(scalar);
    } else if (scalar < 0x800) {
        out += static_cast<char>(0xC0 | (scalar >> 6));
        out += static_cast<char>(0x80 | (scalar & 0x3F));
    } else if (scalar < 0x10000) {
        if (scalar >= 0xD800 && scalar < 0xE000) {
            return;
        }
        out += static_cast<char>(0xE0 | (scalar >> 12));
        out += static_cast<char>(0x80 | ((scalar >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (scalar & 0x3F));
    } else if (scalar < 0x110000) {
        out += static_cast<char>(0xF0 | (scalar >> 18));
        out += static_cast<char>(0x80 | ((scalar >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((scalar >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (scalar & 0x3F));
    }
}

#endif
