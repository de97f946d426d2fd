// Snappy compression of Parquet pages in C++: the compressor of hyparquet-writer
// (node_modules/hyparquet-writer/src/snappy.js, from snappyjs) step by step, so the bytes
// are the very same (test/native.test.ts compares them). In a new process that JavaScript
// runs cold, unoptimised: it took a tenth of a second for the corpus tables of a re-run
// after one added article, which this does in a few milliseconds.
//
// Like the JavaScript, the whole input is one block (no 64 KB fragments): a hash table of
// up to 2^14 positions over the whole input, copies reach back at most 65,535 bytes.
//
// API (plain Node-API, context-aware, so worker threads load it too):
//   compress(Uint8Array) → Uint8Array: the Snappy stream (length varint, then literals and copies)
//   api: the version of this interface (src/analysis/native.ts loads only its own)
#include <node_api.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace {

constexpr uint32_t kApi = 1;  // raise with every change of the functions below: SNAPPY_API in native.ts
constexpr int kMaxHashTableBits = 14;
constexpr uint32_t kMaxOffset = 0xffff;
constexpr uint32_t kInputMargin = 15;

// Writes into room for the worst case (MaxCompressedLength): no bound checks per byte.
struct Writer {
  uint8_t* at;
  void Byte(uint32_t b) { *at++ = static_cast<uint8_t>(b); }
  void Bytes(const uint8_t* from, uint32_t n) {
    std::memcpy(at, from, n);
    at += n;
  }
  void VarInt(uint32_t v) {
    while (v & ~0x7fu) {
      Byte((v & 0x7f) | 0x80);
      v >>= 7;
    }
    Byte(v);
  }
};

inline uint32_t Load32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;  // little-endian, as the JavaScript's sum of shifted bytes (x86 and ARM alike)
}

inline uint32_t Hash(uint32_t key, int shift) { return (key * 0x1e35a7bdu) >> shift; }

void EmitLiteral(Writer& w, const uint8_t* input, uint32_t ip, uint32_t len) {
  if (len <= 60) {
    w.Byte((len - 1) << 2);
  } else {
    const uint32_t value = len - 1;
    const int n = value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x1000000 ? 3 : 4;
    w.Byte((59 + n) << 2);
    for (int i = 0; i < n; i++) w.Byte(value >> (i * 8));
  }
  w.Bytes(input + ip, len);
}

void EmitCopyLessThan64(Writer& w, uint32_t offset, uint32_t len) {
  if (len < 12 && offset < 2048) {
    w.Byte(1 + ((len - 4) << 2) + ((offset >> 8) << 5));
    w.Byte(offset & 0xff);
  } else {
    w.Byte(2 + ((len - 1) << 2));
    w.Byte(offset & 0xff);
    w.Byte(offset >> 8);
  }
}

void EmitCopy(Writer& w, uint32_t offset, uint32_t len) {
  while (len >= 68) {
    EmitCopyLessThan64(w, offset, 64);
    len -= 64;
  }
  if (len > 64) {
    EmitCopyLessThan64(w, offset, 60);
    len -= 60;
  }
  EmitCopyLessThan64(w, offset, len);
}

// A literal costs at most 5 bytes of tag per run of input, a copy never more than it covers.
inline size_t MaxCompressedLength(size_t n) { return 32 + n + n / 6; }

inline bool Equals32(const uint8_t* input, uint32_t a, uint32_t b) { return std::memcmp(input + a, input + b, 4) == 0; }

void Compress(Writer& w, const uint8_t* input, uint32_t size) {
  w.VarInt(size);
  int bits = 1;
  while ((1u << bits) <= size && bits <= kMaxHashTableBits) bits++;
  bits--;
  const int shift = 32 - bits;
  std::vector<uint32_t> table(size_t{1} << bits, 0);

  uint32_t nextEmit = 0;
  if (size >= kInputMargin) {
    const uint32_t ipLimit = size - kInputMargin;
    // A hash of four bytes past the end is never used (the loop ends first); 0 stands in.
    auto hashAt = [&](uint32_t p) { return p + 4 <= size ? Hash(Load32(input + p), shift) : 0; };
    uint32_t ip = 1;
    uint32_t nextHash = hashAt(ip);
    bool more = true;
    while (more) {
      uint32_t skip = 32;
      uint32_t nextIp = ip;
      uint32_t candidate = 0;
      do {
        ip = nextIp;
        const uint32_t hash = nextHash;
        const uint32_t step = skip >> 5;
        skip++;
        nextIp = ip + step;
        if (ip > ipLimit) {
          more = false;
          break;
        }
        nextHash = hashAt(nextIp);
        candidate = table[hash];
        table[hash] = ip;
      } while (ip - candidate > kMaxOffset || !Equals32(input, ip, candidate));
      if (!more) break;

      EmitLiteral(w, input, nextEmit, ip - nextEmit);
      do {
        const uint32_t base = ip;
        uint32_t matched = 4;
        while (ip + matched < size && input[ip + matched] == input[candidate + matched]) matched++;
        ip += matched;
        EmitCopy(w, base - candidate, matched);
        nextEmit = ip;
        if (ip >= ipLimit) {
          more = false;
          break;
        }
        table[Hash(Load32(input + ip - 1), shift)] = ip - 1;
        const uint32_t cur = Hash(Load32(input + ip), shift);
        candidate = table[cur];
        table[cur] = ip;
      } while (ip - candidate <= kMaxOffset && Equals32(input, ip, candidate));
      if (!more) break;
      ip++;
      nextHash = hashAt(ip);
    }
  }
  if (nextEmit < size) EmitLiteral(w, input, nextEmit, size - nextEmit);
}

napi_value Fail(napi_env env, const char* message) {
  napi_throw_type_error(env, nullptr, message);
  return nullptr;
}

napi_value CompressJs(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  if (napi_get_cb_info(env, info, &argc, &arg, nullptr, nullptr) != napi_ok || argc < 1) return Fail(env, "compress(bytes): bytes missing");
  bool isTyped = false;
  napi_is_typedarray(env, arg, &isTyped);
  if (!isTyped) return Fail(env, "compress(bytes): a Uint8Array expected");
  napi_typedarray_type type;
  size_t length;
  void* data;
  if (napi_get_typedarray_info(env, arg, &type, &length, &data, nullptr, nullptr) != napi_ok || type != napi_uint8_array) {
    return Fail(env, "compress(bytes): a Uint8Array expected");
  }
  if (length > 0xffffffffu - 64) return Fail(env, "compress(bytes): input larger than 4 GB");
  std::vector<uint8_t> room(MaxCompressedLength(length));
  Writer w{room.data()};
  Compress(w, static_cast<const uint8_t*>(data), static_cast<uint32_t>(length));
  const size_t size = w.at - room.data();
  void* out;
  napi_value buffer;
  if (napi_create_arraybuffer(env, size, &out, &buffer) != napi_ok) return Fail(env, "compress: out of memory");
  if (size > 0) std::memcpy(out, room.data(), size);
  napi_value result;
  napi_create_typedarray(env, napi_uint8_array, size, buffer, 0, &result);
  return result;
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "compress", NAPI_AUTO_LENGTH, CompressJs, nullptr, &fn);
  napi_set_named_property(env, exports, "compress", fn);
  napi_value api;
  napi_create_uint32(env, kApi, &api);
  napi_set_named_property(env, exports, "api", api);
  return exports;
}
