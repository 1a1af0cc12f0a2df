#ifndef PALIMPSEST_CLIBXML2_SHIM_H
#define PALIMPSEST_CLIBXML2_SHIM_H
// libxml2's HTML parser (a recovering HTML 4 parser; not the WHATWG algorithm, but it
// builds the same tree for the markup news sites publish) and the tree it builds.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
