// Which poppler the shim is compiled against. poppler-config.h of poppler
// 22.12 (Debian 12) has only the POPPLER_VERSION string; later releases also
// define POPPLER_VERSION_MAJOR and _MINOR, which the guards below read.
#ifndef SHIM_POPPLER_VERSION_H
#define SHIM_POPPLER_VERSION_H

#include <poppler-config.h>

#if defined(POPPLER_VERSION_MAJOR) && defined(POPPLER_VERSION_MINOR)
#define SHIM_POPPLER_AT_LEAST(major, minor)                                                                            \
    (POPPLER_VERSION_MAJOR > (major) || (POPPLER_VERSION_MAJOR == (major) && POPPLER_VERSION_MINOR >= (minor)))
#else
#define SHIM_POPPLER_AT_LEAST(major, minor) 0
#endif

// Newer poppler headers use C++20 (std::span, concepts); Package.swift's
// cxxLanguageStandard must follow, or the error below says so first.
#if SHIM_POPPLER_AT_LEAST(25, 0) && __cplusplus < 202002L
#error "poppler 25 and later need C++20: set cxxLanguageStandard: .cxx20 in Package.swift"
#endif

#endif
