#ifndef PALIMPSEST_CLIBXML2_SHIM_H
#define PALIMPSEST_CLIBXML2_SHIM_H
// libxml2's HTML parser (a recovering HTML 4 parser; not the WHATWG algorithm, but it
// builds the same tree for the markup news sites publish) and the tree it builds.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes the system's
// ICU headers, which clash with the ICU bundled in Foundation whenever one Swift compiler
// job sees both. Only xmlCharEncodingHandler's private fields depend on this; we never
// touch that struct, only libxml2 does.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
