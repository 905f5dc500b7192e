/* SPDX-License-Identifier: MIT */
/*
 * A winscard.dll for tests under Wine: the SCard* functions the host calls, declared by mingw-w64's own winscard.h
 * (the Windows ABI: 32-bit LONG/DWORD, pointer-sized handles, the `A` names, a 36-byte ATR in SCARD_READERSTATEA,
 * an 8-byte SCARD_IO_REQUEST), each forwarded over loopback TCP to a bridge on the Linux side that makes the same call
 * on the real pcscd (test/windows-pcsc/winscard-bridge.ts; the wire format is described there).
 *
 * Each context owns one connection; its calls take turns on it. SCardCancel opens a connection of its own, so it
 * reaches the bridge while another thread is blocked in SCardGetStatusChangeA on the context, as on Windows.
 * The bridge's port comes from the environment variable DIPS_TEST_WINSCARD_PORT.
 */
#define WINSCARDAPI __declspec(dllexport)
#define WINSCARDDATA __declspec(dllexport)
#include <winsock2.h>
#include <windows.h>
#include <winscard.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const SCARD_IO_REQUEST g_rgSCardT0Pci = {SCARD_PROTOCOL_T0, sizeof(SCARD_IO_REQUEST)};
const SCARD_IO_REQUEST g_rgSCardT1Pci = {SCARD_PROTOCOL_T1, sizeof(SCARD_IO_REQUEST)};
const SCARD_IO_REQUEST g_rgSCardRawPci = {SCARD_PROTOCOL_RAW, sizeof(SCARD_IO_REQUEST)};

enum { OP_ESTABLISH = 1, OP_RELEASE, OP_LIST, OP_STATUS_CHANGE, OP_CANCEL, OP_CONNECT, OP_TRANSMIT, OP_DISCONNECT };

/* Handles handed out: a context is 0x10000 + its slot, a card 0x20000 + its slot (0 is never a valid handle). */
#define MAX_SLOTS 64
#define CONTEXT_BASE 0x10000
#define CARD_BASE 0x20000

typedef struct {
  int used;
  SOCKET sock;
  uint32_t remote; /* the bridge's id of this context */
  CRITICAL_SECTION turn;
} Context;

typedef struct {
  int used;
  int context; /* slot of its context */
  uint32_t remote;
} Card;

static Context contexts[MAX_SLOTS];
static Card cards[MAX_SLOTS];
static CRITICAL_SECTION table_lock;
static INIT_ONCE init_once = INIT_ONCE_STATIC_INIT;

static BOOL CALLBACK init(PINIT_ONCE once, PVOID param, PVOID *ctx) {
  WSADATA wsa;
  (void)once, (void)param, (void)ctx;
  InitializeCriticalSection(&table_lock);
  for (int i = 0; i < MAX_SLOTS; i++) InitializeCriticalSection(&contexts[i].turn);
  return WSAStartup(MAKEWORD(2, 2), &wsa) == 0;
}

/* A growable message: the 4-byte little-endian length is filled in by send_message. */
typedef struct {
  uint8_t *data;
  size_t length, capacity;
} Buffer;

static void put(Buffer *b, const void *bytes, size_t n) {
  if (b->length + n > b->capacity) {
    b->capacity = (b->length + n) * 2 + 64;
    b->data = realloc(b->data, b->capacity);
  }
  memcpy(b->data + b->length, bytes, n);
  b->length += n;
}

static void put_u32(Buffer *b, uint32_t value) {
  uint8_t le[4] = {value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24};
  put(b, le, 4);
}

static void put_bytes(Buffer *b, const void *bytes, uint32_t n) {
  put_u32(b, n);
  put(b, bytes, n);
}

static uint32_t get_u32(const uint8_t **cursor, const uint8_t *end) {
  if (end - *cursor < 4) return 0;
  const uint8_t *p = *cursor;
  *cursor += 4;
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((uint32_t)p[3] << 24);
}

static SOCKET open_bridge(void) {
  char port[16];
  if (GetEnvironmentVariableA("DIPS_TEST_WINSCARD_PORT", port, sizeof port) == 0) return INVALID_SOCKET;
  SOCKET sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  if (sock == INVALID_SOCKET) return sock;
  struct sockaddr_in address = {0};
  address.sin_family = AF_INET;
  address.sin_port = htons((u_short)atoi(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  BOOL nodelay = TRUE;
  setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, (const char *)&nodelay, sizeof nodelay);
  if (connect(sock, (struct sockaddr *)&address, sizeof address) != 0) {
    closesocket(sock);
    return INVALID_SOCKET;
  }
  return sock;
}

static int send_all(SOCKET sock, const uint8_t *data, size_t n) {
  while (n > 0) {
    int sent = send(sock, (const char *)data, (int)n, 0);
    if (sent <= 0) return 0;
    data += sent;
    n -= (size_t)sent;
  }
  return 1;
}

static int recv_all(SOCKET sock, uint8_t *data, size_t n) {
  while (n > 0) {
    int got = recv(sock, (char *)data, (int)n, 0);
    if (got <= 0) return 0;
    data += got;
    n -= (size_t)got;
  }
  return 1;
}

/*
 * Sends `request` (op + fields) and reads the reply: LONG return code, then the fields. Returns the code, or
 * SCARD_F_COMM_ERROR when the bridge cannot be reached; *reply (to free) holds the fields after the code.
 */
static LONG call(SOCKET sock, Buffer *request, uint8_t **reply, size_t *reply_length) {
  uint8_t header[4];
  uint32_t n = (uint32_t)request->length;
  uint8_t le[4] = {n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >> 24};
  LONG code = (LONG)SCARD_F_COMM_ERROR;
  *reply = NULL;
  *reply_length = 0;
  if (send_all(sock, le, 4) && send_all(sock, request->data, request->length) && recv_all(sock, header, 4)) {
    uint32_t length = header[0] | (header[1] << 8) | (header[2] << 16) | ((uint32_t)header[3] << 24);
    uint8_t *body = malloc(length + 1);
    if (length >= 4 && recv_all(sock, body, length)) {
      code = (LONG)(body[0] | (body[1] << 8) | (body[2] << 16) | ((uint32_t)body[3] << 24));
      memmove(body, body + 4, length - 4);
      *reply = body;
      *reply_length = length - 4;
    } else {
      free(body);
    }
  }
  free(request->data);
  return code;
}

static Buffer op(uint8_t code) {
  Buffer b = {0};
  put(&b, &code, 1);
  return b;
}

static Context *context_of(SCARDCONTEXT handle) {
  ULONG_PTR slot = handle - CONTEXT_BASE;
  if (handle < CONTEXT_BASE || slot >= MAX_SLOTS || !contexts[slot].used) return NULL;
  return &contexts[slot];
}

static Card *card_of(SCARDHANDLE handle) {
  ULONG_PTR slot = handle - CARD_BASE;
  if (handle < CARD_BASE || slot >= MAX_SLOTS || !cards[slot].used) return NULL;
  return &cards[slot];
}

/* Runs one call on a context's connection, after any call of another thread on it has returned. */
static LONG context_call(Context *context, Buffer *request, uint8_t **reply, size_t *reply_length) {
  EnterCriticalSection(&context->turn);
  LONG code = call(context->sock, request, reply, reply_length);
  LeaveCriticalSection(&context->turn);
  return code;
}

LONG WINAPI SCardEstablishContext(DWORD scope, LPCVOID reserved1, LPCVOID reserved2, LPSCARDCONTEXT out) {
  (void)reserved1, (void)reserved2;
  if (out == NULL) return SCARD_E_INVALID_PARAMETER;
  if (!InitOnceExecuteOnce(&init_once, init, NULL, NULL)) return SCARD_F_INTERNAL_ERROR;
  SOCKET sock = open_bridge();
  if (sock == INVALID_SOCKET) return SCARD_E_NO_SERVICE;
  Buffer request = op(OP_ESTABLISH);
  put_u32(&request, scope);
  uint8_t *reply;
  size_t length;
  LONG code = call(sock, &request, &reply, &length);
  const uint8_t *cursor = reply;
  uint32_t remote = get_u32(&cursor, reply + length);
  free(reply);
  if (code != SCARD_S_SUCCESS) {
    closesocket(sock);
    return code;
  }
  EnterCriticalSection(&table_lock);
  int slot = 0;
  while (slot < MAX_SLOTS && contexts[slot].used) slot++;
  if (slot == MAX_SLOTS) {
    LeaveCriticalSection(&table_lock);
    closesocket(sock);
    return SCARD_E_NO_MEMORY;
  }
  contexts[slot].used = 1;
  contexts[slot].sock = sock;
  contexts[slot].remote = remote;
  LeaveCriticalSection(&table_lock);
  *out = CONTEXT_BASE + slot;
  return SCARD_S_SUCCESS;
}

LONG WINAPI SCardReleaseContext(SCARDCONTEXT handle) {
  Context *context = context_of(handle);
  if (context == NULL) return SCARD_E_INVALID_HANDLE;
  Buffer request = op(OP_RELEASE);
  uint8_t *reply;
  size_t length;
  LONG code = context_call(context, &request, &reply, &length);
  free(reply);
  EnterCriticalSection(&table_lock);
  for (int i = 0; i < MAX_SLOTS; i++)
    if (cards[i].used && &contexts[cards[i].context] == context) cards[i].used = 0;
  closesocket(context->sock);
  context->used = 0;
  LeaveCriticalSection(&table_lock);
  return code;
}

LONG WINAPI SCardListReadersA(SCARDCONTEXT handle, LPCSTR groups, LPSTR readers, LPDWORD length) {
  (void)groups;
  Context *context = context_of(handle);
  if (context == NULL) return SCARD_E_INVALID_HANDLE;
  if (length == NULL) return SCARD_E_INVALID_PARAMETER;
  Buffer request = op(OP_LIST);
  uint8_t *reply;
  size_t reply_length;
  LONG code = context_call(context, &request, &reply, &reply_length);
  if (code == SCARD_S_SUCCESS) {
    const uint8_t *cursor = reply;
    uint32_t n = get_u32(&cursor, reply + reply_length);
    if (readers != NULL && *length < n) code = SCARD_E_INSUFFICIENT_BUFFER;
    else if (readers != NULL) memcpy(readers, cursor, n);
    *length = n;
  }
  free(reply);
  return code;
}

LONG WINAPI SCardGetStatusChangeA(SCARDCONTEXT handle, DWORD timeout, LPSCARD_READERSTATEA states, DWORD count) {
  Context *context = context_of(handle);
  if (context == NULL) return SCARD_E_INVALID_HANDLE;
  if (states == NULL && count > 0) return SCARD_E_INVALID_PARAMETER;
  Buffer request = op(OP_STATUS_CHANGE);
  put_u32(&request, timeout);
  put_u32(&request, count);
  for (DWORD i = 0; i < count; i++) {
    put_u32(&request, states[i].dwCurrentState);
    put_bytes(&request, states[i].szReader, (uint32_t)strlen(states[i].szReader));
  }
  uint8_t *reply;
  size_t length;
  LONG code = context_call(context, &request, &reply, &length);
  if (code == SCARD_S_SUCCESS) {
    const uint8_t *cursor = reply, *end = reply + length;
    for (DWORD i = 0; i < count; i++) {
      states[i].dwEventState = get_u32(&cursor, end);
      uint32_t atr = get_u32(&cursor, end);
      if (atr > sizeof states[i].rgbAtr || end - cursor < (ptrdiff_t)atr) {
        code = SCARD_F_INTERNAL_ERROR;
        break;
      }
      states[i].cbAtr = atr;
      memcpy(states[i].rgbAtr, cursor, atr);
      cursor += atr;
    }
  }
  free(reply);
  return code;
}

LONG WINAPI SCardCancel(SCARDCONTEXT handle) {
  Context *context = context_of(handle);
  if (context == NULL) return SCARD_E_INVALID_HANDLE;
  SOCKET sock = open_bridge();
  if (sock == INVALID_SOCKET) return SCARD_E_NO_SERVICE;
  Buffer request = op(OP_CANCEL);
  put_u32(&request, context->remote);
  uint8_t *reply;
  size_t length;
  LONG code = call(sock, &request, &reply, &length);
  free(reply);
  closesocket(sock);
  return code;
}

LONG WINAPI SCardConnectA(SCARDCONTEXT handle, LPCSTR reader, DWORD share, DWORD protocols, LPSCARDHANDLE out,
                          LPDWORD active) {
  Context *context = context_of(handle);
  if (context == NULL) return SCARD_E_INVALID_HANDLE;
  if (reader == NULL || out == NULL || active == NULL) return SCARD_E_INVALID_PARAMETER;
  Buffer request = op(OP_CONNECT);
  put_u32(&request, share);
  put_u32(&request, protocols);
  put_bytes(&request, reader, (uint32_t)strlen(reader));
  uint8_t *reply;
  size_t length;
  LONG code = context_call(context, &request, &reply, &length);
  const uint8_t *cursor = reply;
  uint32_t remote = get_u32(&cursor, reply + length), protocol = get_u32(&cursor, reply + length);
  free(reply);
  if (code != SCARD_S_SUCCESS) return code;
  EnterCriticalSection(&table_lock);
  int slot = 0;
  while (slot < MAX_SLOTS && cards[slot].used) slot++;
  if (slot < MAX_SLOTS) {
    cards[slot].used = 1;
    cards[slot].context = (int)(context - contexts);
    cards[slot].remote = remote;
  }
  LeaveCriticalSection(&table_lock);
  if (slot == MAX_SLOTS) return SCARD_E_NO_MEMORY;
  *out = CARD_BASE + slot;
  *active = protocol;
  return SCARD_S_SUCCESS;
}

/*
 * The send header must be what winscard.h declares: a protocol and cbPciLength = sizeof(SCARD_IO_REQUEST), 8 bytes
 * (a caller declaring pcsc-lite's 16-byte header would fail here, as real Windows fails it).
 */
LONG WINAPI SCardTransmit(SCARDHANDLE handle, LPCSCARD_IO_REQUEST send_pci, LPCBYTE apdu, DWORD apdu_length,
                          LPSCARD_IO_REQUEST recv_pci, LPBYTE response, LPDWORD response_length) {
  Card *card = card_of(handle);
  if (card == NULL) return SCARD_E_INVALID_HANDLE;
  if (send_pci == NULL || apdu == NULL || response == NULL || response_length == NULL) return SCARD_E_INVALID_PARAMETER;
  if (send_pci->cbPciLength != sizeof(SCARD_IO_REQUEST)) return SCARD_E_INVALID_PARAMETER;
  Buffer request = op(OP_TRANSMIT);
  put_u32(&request, card->remote);
  put_u32(&request, send_pci->dwProtocol);
  put_u32(&request, *response_length);
  put_bytes(&request, apdu, apdu_length);
  uint8_t *reply;
  size_t length;
  LONG code = context_call(&contexts[card->context], &request, &reply, &length);
  if (code == SCARD_S_SUCCESS) {
    const uint8_t *cursor = reply;
    uint32_t n = get_u32(&cursor, reply + length);
    if (n > *response_length || (size_t)(reply + length - cursor) < n) code = SCARD_E_INSUFFICIENT_BUFFER;
    else {
      memcpy(response, cursor, n);
      *response_length = n;
      if (recv_pci != NULL) recv_pci->dwProtocol = send_pci->dwProtocol;
    }
  }
  free(reply);
  return code;
}

LONG WINAPI SCardDisconnect(SCARDHANDLE handle, DWORD disposition) {
  Card *card = card_of(handle);
  if (card == NULL) return SCARD_E_INVALID_HANDLE;
  Buffer request = op(OP_DISCONNECT);
  put_u32(&request, card->remote);
  put_u32(&request, disposition);
  uint8_t *reply;
  size_t length;
  LONG code = context_call(&contexts[card->context], &request, &reply, &length);
  free(reply);
  card->used = 0;
  return code;
}
