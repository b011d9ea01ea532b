// zlib (Debian's zlib1g-dev), for gzip-compressing text files before they are published.
#include <zlib.h>
