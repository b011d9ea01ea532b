/* Bridges the system libcmark (Debian libcmark-dev) into Swift. */
#include <cmark.h>
