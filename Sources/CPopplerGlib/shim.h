#ifndef CPOPPLERGLIB_SHIM_H
#define CPOPPLERGLIB_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#endif
