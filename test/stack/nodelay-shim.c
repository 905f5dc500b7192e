// SPDX-License-Identifier: MIT
/*
 * LD_PRELOAD shim for pcscd in the test stack: sets TCP_NODELAY on every TCP socket accepted in the process.
 *
 * Why: vpcd 3.3 (Debian 12) writes the 2-byte length and the payload of each frame in two send() calls on a socket
 * without TCP_NODELAY, so every APDU waits for a delayed ACK (~40-50 ms). Upstream fixed it in 2023. See
 * /work/shared/ref/pcsc-testing.md, "Latency trap".
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

static void set_nodelay(int fd) {
    int type = 0;
    socklen_t length = sizeof type;
    if (fd < 0 || getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM) return;
    struct sockaddr_storage address;
    socklen_t address_length = sizeof address;
    if (getsockname(fd, (struct sockaddr *)&address, &address_length) != 0) return;
    if (address.ss_family != AF_INET && address.ss_family != AF_INET6) return;
    int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

int accept(int fd, struct sockaddr *address, socklen_t *length) {
    static int (*real_accept)(int, struct sockaddr *, socklen_t *);
    if (!real_accept) real_accept = dlsym(RTLD_NEXT, "accept");
    int client = real_accept(fd, address, length);
    set_nodelay(client);
    return client;
}

int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags) {
    static int (*real_accept4)(int, struct sockaddr *, socklen_t *, int);
    if (!real_accept4) real_accept4 = dlsym(RTLD_NEXT, "accept4");
    int client = real_accept4(fd, address, length, flags);
    set_nodelay(client);
    return client;
}
