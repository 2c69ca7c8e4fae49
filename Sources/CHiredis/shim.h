#include <hiredis/hiredis.h>
#include <poll.h>

/* Linux's "peer closed its end" poll event: <poll.h> declares it only under _GNU_SOURCE, which
   Swift's Glibc module is built without. */
#ifndef POLLRDHUP
#define POLLRDHUP 0x2000
#endif
