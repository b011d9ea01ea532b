/* Bridges the system mimalloc (Debian libmimalloc-dev): linking it replaces malloc for the whole process. */
#include <mimalloc.h>
