/* AddressSanitizer's options, linked into every C program the judge builds (the sandbox passes no
   environment for them). Leaks are not errors (LeetCode's judge does not report them either, and
   LeakSanitizer cannot stop the world in the sandbox); a small quarantine keeps freed memory from
   counting against the memory limit; the report is the error and the stack, without the legend. */
const char *__asan_default_options(void) {
    return "detect_leaks=0:print_legend=0:quarantine_size_mb=16:malloc_context_size=8";
}
