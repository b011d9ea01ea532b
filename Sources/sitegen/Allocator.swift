// Links mimalloc into the command: its malloc replaces glibc's for the whole process.

// Importing is what links it (the module map's `link "mimalloc"`); nothing here calls it. Building a
// site allocates millions of short-lived strings and arrays from two or more threads, and glibc's
// allocator spent about a tenth of a 10,000-article build in malloc, free and consolidation.
import CMimalloc
