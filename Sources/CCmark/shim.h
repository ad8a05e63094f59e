// cmark, the CommonMark reference library (Debian: libcmark-dev), for KennisbankWeb's Markdown bodies.
#include <cmark.h>
