// poppler's C++ library (libpoppler-private-dev). Nothing here is imported
// into Swift: this system-library target only carries `pkg-config poppler`'s
// include path and link flag to CPopplerShim, which wraps the C++ API.
#ifndef CPOPPLER_H
#define CPOPPLER_H
#endif
