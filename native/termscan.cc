// The hot loop of lagebild's streaming term counter (src/analysis/terms.ts, scanWords)
// in C++: word boundaries, the two word hashes, the type table, the term table and the
// counts. What a type counts as (lower-casing, stopwords, lemma) stays in JavaScript: a
// scan hands the types it has not seen before back to JS, which answers with their terms.
//
// Must give exactly what the JS scanner gives: the same UTF-16 code units are word
// characters, the same hashes make a type (so even a hash collision merges the same two
// types), new types are reported in order of first appearance, and terms are numbered in
// the order they first come (as JS's Map of terms would number them).
//
// API (plain Node-API, context-aware, so worker threads load it too):
//   create() → counter
//   scan(counter, text) → null when the document is counted; else an Int32Array of
//     [start, end) offsets of the new types, and the document waits for commit()
//   commit(counter, joined, Int32Array lengths): the new types' terms, concatenated, and
//     each one's length (-1: not a term); overwrites each length with the term's index
//   read(counter, Float64Array counts, Int32Array docs) → tokens; fills the first n terms
//   types(counter) → number of distinct types
//   api: the version of this interface (src/analysis/native.ts loads only its own)
#include <node_api.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include <sys/mman.h>

namespace {

constexpr uint32_t kApi = 1;  // raise with every change of the functions below: TERMSCAN_API in native.ts

// Word characters, as WORD_CHAR in terms.ts: ASCII letters and digits, and every code
// unit from U+00C0 on except × ÷ and the typographic block U+2000–U+303F.
constexpr std::array<uint8_t, 65536> MakeWordChars() {
  std::array<uint8_t, 65536> t{};
  for (uint32_t c = 0; c < 65536; c++) {
    const bool typographic = c >= 0x2000 && c < 0x3040;
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c >= 0xc0 && c != 0xd7 && c != 0xf7 && !typographic);
  }
  return t;
}
constexpr std::array<uint8_t, 65536> kWordChar = MakeWordChars();

inline bool IsJoiner(char16_t c) {
  return c == 45 || c == 39 || c == 0x2019 || c == 0x2010 || c == 0x2011;
}

// Memory for tables. On this kind of VM the first touch of a 4 KB page costs ~13 µs, so a
// table of a few MB costs as much to fault in as the whole scan takes. From 256 KB on, memory
// is taken in whole 2 MB pages the kernel is asked to back with huge pages (one fault each).
constexpr size_t kHugePage = 2u << 20;

void* Allocate(size_t* bytes) {
  if (*bytes >= kHugePage / 8) {
    *bytes = (*bytes + kHugePage - 1) / kHugePage * kHugePage;
    if (void* p = std::aligned_alloc(kHugePage, *bytes)) {
      madvise(p, *bytes, MADV_HUGEPAGE);  // a hint: without transparent huge pages, plain pages
      return p;
    }
  }
  void* p = std::malloc(*bytes);
  if (p == nullptr) std::abort();  // built without exceptions: out of memory ends here
  return p;
}

// A growable array of plain values.
template <typename T>
struct Buffer {
  static_assert(std::is_trivially_copyable<T>::value, "plain values only");
  T* data = nullptr;
  size_t size = 0, capacity = 0;

  Buffer() = default;
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer() { std::free(data); }

  void reserve(size_t n) {
    if (n <= capacity) return;
    size_t bytes = std::max(n, capacity + capacity / 2 + 16) * sizeof(T);
    T* grown = static_cast<T*>(Allocate(&bytes));
    if (size > 0) std::memcpy(grown, data, size * sizeof(T));
    std::free(data);
    data = grown;
    capacity = bytes / sizeof(T);
  }
  void push(const T& value) {
    if (size == capacity) reserve(size + 1);
    data[size++] = value;
  }
  // Sets the size; new elements are `fill`.
  void resize(size_t n, const T& fill) {
    reserve(n);
    for (size_t i = size; i < n; i++) data[i] = fill;
    size = n;
  }
  T& operator[](size_t i) { return data[i]; }
  const T& operator[](size_t i) const { return data[i]; }
  T* begin() { return data; }
  T* end() { return data + size; }
  void clear() { size = 0; }
  size_t bytes() const { return capacity * sizeof(T); }
};

// Open-addressing tables grow at three quarters full: half full, as in terms.ts, would
// double their pages for no fewer probes worth having (probe order never shows in results).
inline bool Crowded(size_t used, uint32_t mask) { return used * 4 > (static_cast<size_t>(mask) + 1) * 3; }

constexpr int32_t kEmpty = INT32_MIN;
constexpr int32_t kNoTerm = -1;
constexpr int32_t kPending = -2;  // kPending - n: the document's n-th new type, its term not given yet

// A slot of the type table holds the type's key and its term inline, and a term's
// numbers sit together: a word then touches two cache lines.
struct Slot {
  uint32_t h1, h2;
  int32_t term;  // kEmpty, kNoTerm, a term index, or a pending code
};

struct Term {
  double count;
  int32_t docs, last;
};

// A distinct term's characters, kept in an arena, and their hash: the term table finds
// terms by content.
struct TermKey {
  uint32_t hash, offset, length;
};

// A word of the document: its two hashes and where it stands.
struct Word {
  uint32_t h1, h2, start, end;
};

struct Counter {
  uint32_t mask = (1u << 12) - 1;
  Buffer<Slot> slots;
  size_t types = 0;
  Buffer<Term> terms;
  uint32_t termMask = (1u << 12) - 1;
  Buffer<int32_t> termSlots;  // indices into termKeys, -1 empty
  Buffer<TermKey> termKeys;
  Buffer<char16_t> termChars;
  double tokens = 0;
  int32_t doc = 0;
  Buffer<char16_t> text;  // the document, copied out of V8
  Buffer<Word> words;      // its words
  // A document waiting for commit(): the keys and offsets of its new types, and the
  // new-type ordinal of each of its words whose type is new, counted once terms are known.
  Buffer<Slot> newKeys;
  Buffer<int32_t> newOffsets;
  Buffer<int32_t> waiting;
  int64_t reported = 0;  // bytes told to V8 (napi_adjust_external_memory)

  Counter() {
    slots.resize(mask + 1, Slot{0, 0, kEmpty});
    termSlots.resize(termMask + 1, -1);
  }
  int64_t bytes() const {
    return static_cast<int64_t>(slots.bytes() + terms.bytes() + termSlots.bytes() + termKeys.bytes() + termChars.bytes() +
                                text.bytes() + words.bytes() + newKeys.bytes() + newOffsets.bytes() + waiting.bytes());
  }
};

inline Slot& Find(Counter& st, uint32_t h1, uint32_t h2) {
  uint32_t j = h1 & st.mask;
  for (;;) {
    Slot& slot = st.slots[j];
    if (slot.term == kEmpty || (slot.h1 == h1 && slot.h2 == h2)) return slot;
    j = (j + 1) & st.mask;
  }
}

void Rehash(Counter& st) {
  Buffer<Slot> old;
  std::swap(old.data, st.slots.data);
  std::swap(old.size, st.slots.size);
  std::swap(old.capacity, st.slots.capacity);
  st.mask = st.mask * 2 + 1;
  st.slots.resize(st.mask + 1, Slot{0, 0, kEmpty});
  for (const Slot& slot : old)
    if (slot.term != kEmpty) Find(st, slot.h1, slot.h2) = slot;
}

// Without a branch: whether a word is a term's first in its document is a coin toss
// for the branch predictor, and the mispredictions cost as much as the lookups.
inline void Count(Counter& st, int32_t k) {
  Term& term = st.terms[k];
  term.count++;
  term.docs += term.last != st.doc;
  term.last = st.doc;
}

// Pass 1: the document's words and their hashes. The same loop as scanWords in terms.ts.
// No table is touched here, so the branchy character loop never waits on memory.
void FindWords(Counter& st, size_t len) {
  const char16_t* s = st.text.data;
  st.words.clear();
  st.words.reserve(len / 2 + 1);  // at most one word in two characters
  Word* out = st.words.data;
  size_t i = 0;
  while (i < len) {
    char16_t c = s[i];
    if (!kWordChar[c]) {
      i++;
      continue;
    }
    const size_t start = i;
    uint32_t h1 = 2166136261u;  // FNV-1a offset basis
    uint32_t h2 = 7;
    for (;;) {
      h1 = (h1 ^ c) * 16777619u;
      h2 = h2 * 31 + c;
      i++;
      while (i < len && kWordChar[c = s[i]]) {
        h1 = (h1 ^ c) * 16777619u;
        h2 = h2 * 31 + c;
        i++;
      }
      // Inner hyphens and apostrophes join; ’ counts as '.
      if (i + 1 < len && IsJoiner(c) && kWordChar[s[i + 1]]) {
        if (c == 0x2019) c = 39;
        continue;
      }
      break;
    }
    *out++ = Word{h1, h2, static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
  }
  st.words.size = out - st.words.data;
}

// Pass 2: each word's type, looked up with the slots of words a little ahead already on
// their way into the cache (their misses then overlap instead of queueing).
void CountWords(Counter& st) {
  constexpr size_t kAhead = 8;
  const size_t n = st.words.size;
  const Word* words = st.words.data;
  for (size_t w = 0; w < n; w++) {
    if (w + kAhead < n) __builtin_prefetch(&st.slots[words[w + kAhead].h1 & st.mask]);
    const uint32_t h1 = words[w].h1, h2 = words[w].h2;
    Slot* slot = &Find(st, h1, h2);
    if (slot->term == kEmpty) {
      *slot = Slot{h1, h2, kPending - static_cast<int32_t>(st.newKeys.size)};
      st.newKeys.push(*slot);
      st.newOffsets.push(static_cast<int32_t>(words[w].start));
      st.newOffsets.push(static_cast<int32_t>(words[w].end));
      if (Crowded(++st.types, st.mask)) {
        Rehash(st);
        slot = &Find(st, h1, h2);
      }
    }
    const int32_t k = slot->term;
    if (k >= 0) Count(st, k);
    else if (k <= kPending) st.waiting.push(kPending - k);
  }
  st.tokens += static_cast<double>(n);
}

// Scans st.text[0, len): counts words of known types, collects new ones.
void Scan(Counter& st, size_t len) {
  st.newKeys.clear();
  st.newOffsets.clear();
  st.waiting.clear();
  FindWords(st, len);
  CountWords(st);
}

// The index of a term, numbered in order of first sight.
int32_t InternTerm(Counter& st, const char16_t* term, uint32_t length) {
  uint32_t hash = 2166136261u;
  for (uint32_t i = 0; i < length; i++) hash = (hash ^ term[i]) * 16777619u;
  uint32_t j = hash & st.termMask;
  for (int32_t k; (k = st.termSlots[j]) != -1; j = (j + 1) & st.termMask) {
    const TermKey& key = st.termKeys[k];
    if (key.hash == hash && key.length == length && std::equal(term, term + length, st.termChars.data + key.offset)) return k;
  }
  const int32_t k = static_cast<int32_t>(st.termKeys.size);
  st.termSlots[j] = k;
  st.termKeys.push(TermKey{hash, static_cast<uint32_t>(st.termChars.size), length});
  st.termChars.reserve(st.termChars.size + length);
  std::copy(term, term + length, st.termChars.data + st.termChars.size);
  st.termChars.size += length;
  st.terms.push(Term{0, 0, -1});
  if (Crowded(st.termKeys.size, st.termMask)) {
    st.termMask = st.termMask * 2 + 1;
    st.termSlots.clear();
    st.termSlots.resize(st.termMask + 1, -1);
    for (size_t t = 0; t < st.termKeys.size; t++) {
      uint32_t i = st.termKeys[t].hash & st.termMask;
      while (st.termSlots[i] != -1) i = (i + 1) & st.termMask;
      st.termSlots[i] = static_cast<int32_t>(t);
    }
  }
  return k;
}

// Gives the document's new types their terms (-1: none) and counts the words that waited for them.
void Commit(Counter& st, const int32_t* terms) {
  for (size_t n = 0; n < st.newKeys.size; n++) Find(st, st.newKeys[n].h1, st.newKeys[n].h2).term = terms[n] < 0 ? kNoTerm : terms[n];
  for (const int32_t n : st.waiting)
    if (terms[n] >= 0) Count(st, terms[n]);
  st.newKeys.clear();
  st.newOffsets.clear();
  st.waiting.clear();
  st.doc++;
}

// A document whose commit never came (JS threw in between): its new types count as no term.
void Abandon(Counter& st) {
  for (const Slot& key : st.newKeys) Find(st, key.h1, key.h2).term = kNoTerm;
  st.newKeys.clear();
  st.doc++;
}

// ------------------------------------------------------------------------- Node-API glue

#define CHECK(call)                        \
  do {                                     \
    if ((call) != napi_ok) return nullptr; \
  } while (0)

napi_value Fail(napi_env env, const char* message) {
  napi_throw_error(env, nullptr, message);
  return nullptr;
}

void Finalize(napi_env env, void* data, void*) {
  auto* st = static_cast<Counter*>(data);
  int64_t ignored;
  napi_adjust_external_memory(env, -st->reported, &ignored);
  delete st;
}

// Tells V8 how much memory the counter holds, so a large dead one is collected soon.
void Report(napi_env env, Counter& st) {
  const int64_t bytes = st.bytes();
  if (bytes == st.reported) return;
  int64_t ignored;
  if (napi_adjust_external_memory(env, bytes - st.reported, &ignored) == napi_ok) st.reported = bytes;
}

bool Args(napi_env env, napi_callback_info info, size_t want, napi_value* argv, Counter** st) {
  size_t argc = want;
  if (napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr) != napi_ok || argc < want) return false;
  void* data = nullptr;
  if (napi_get_value_external(env, argv[0], &data) != napi_ok || data == nullptr) return false;
  *st = static_cast<Counter*>(data);
  return true;
}

// A typed array's elements and length, if it is one of the wanted type (an empty one may have no data).
template <typename T>
bool Elements(napi_env env, napi_value value, napi_typedarray_type want, T** data, size_t* length) {
  napi_typedarray_type type;
  void* raw = nullptr;
  if (napi_get_typedarray_info(env, value, &type, length, &raw, nullptr, nullptr) != napi_ok || type != want) return false;
  *data = static_cast<T*>(raw);
  return *length == 0 || raw != nullptr;
}

// A JS string's UTF-16 code units into `into` (resized); returns their number.
bool CopyString(napi_env env, napi_value value, Buffer<char16_t>& into, size_t* length) {
  if (napi_get_value_string_utf16(env, value, nullptr, 0, length) != napi_ok) return false;
  into.reserve(*length + 1);
  return napi_get_value_string_utf16(env, value, into.data, *length + 1, length) == napi_ok;
}

napi_value Create(napi_env env, napi_callback_info) {
  auto* st = new Counter();
  napi_value out;
  if (napi_create_external(env, st, Finalize, nullptr, &out) != napi_ok) {
    delete st;
    return nullptr;
  }
  Report(env, *st);
  return out;
}

napi_value ScanText(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  Counter* st;
  if (!Args(env, info, 2, argv, &st)) return Fail(env, "termscan.scan(counter, text)");
  if (st->newKeys.size > 0) Abandon(*st);
  size_t len = 0;
  if (!CopyString(env, argv[1], st->text, &len)) return Fail(env, "termscan.scan: text must be a string");
  Scan(*st, len);
  Report(env, *st);
  napi_value out;
  if (st->newKeys.size == 0) {
    st->doc++;
    CHECK(napi_get_null(env, &out));
    return out;
  }
  // New types: their offsets go back to JS; the document waits for commit().
  const size_t n = st->newOffsets.size;
  void* data = nullptr;
  napi_value buffer;
  CHECK(napi_create_arraybuffer(env, n * sizeof(int32_t), &data, &buffer));
  std::memcpy(data, st->newOffsets.data, n * sizeof(int32_t));
  CHECK(napi_create_typedarray(env, napi_int32_array, n, buffer, 0, &out));
  return out;
}

napi_value CommitTerms(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  Counter* st;
  if (!Args(env, info, 3, argv, &st)) return Fail(env, "termscan.commit(counter, joined, lengths)");
  const size_t n = st->newKeys.size;
  if (n == 0) return Fail(env, "termscan.commit: no document waits for terms");
  int32_t* terms = nullptr;
  size_t length = 0;
  if (!Elements(env, argv[2], napi_int32_array, &terms, &length) || length != n) return Fail(env, "termscan.commit: lengths must be an Int32Array, one per new type");
  size_t joined = 0;
  if (!CopyString(env, argv[1], st->text, &joined)) return Fail(env, "termscan.commit: joined must be a string");
  size_t total = 0;
  for (size_t i = 0; i < n; i++) total += terms[i] < 0 ? 0 : static_cast<size_t>(terms[i]);
  if (total != joined) return Fail(env, "termscan.commit: the lengths do not add up to the joined terms");
  // Lengths become term indices, in place: JS reads them back.
  const char16_t* at = st->text.data;
  for (size_t i = 0; i < n; i++) {
    if (terms[i] < 0) continue;
    const uint32_t len = static_cast<uint32_t>(terms[i]);
    terms[i] = InternTerm(*st, at, len);
    at += len;
  }
  Commit(*st, terms);
  Report(env, *st);
  return nullptr;
}

napi_value Read(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  Counter* st;
  if (!Args(env, info, 3, argv, &st)) return Fail(env, "termscan.read(counter, counts, docs)");
  double* counts = nullptr;
  int32_t* docs = nullptr;
  size_t n = 0, m = 0;
  if (!Elements(env, argv[1], napi_float64_array, &counts, &n) || !Elements(env, argv[2], napi_int32_array, &docs, &m) || n != m) return Fail(env, "termscan.read: a Float64Array and an Int32Array of one length");
  for (size_t k = 0; k < n; k++) {
    counts[k] = k < st->terms.size ? st->terms[k].count : 0;
    docs[k] = k < st->terms.size ? st->terms[k].docs : 0;
  }
  napi_value out;
  CHECK(napi_create_double(env, st->tokens, &out));
  return out;
}

napi_value Types(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  Counter* st;
  if (!Args(env, info, 1, argv, &st)) return Fail(env, "termscan.types(counter)");
  napi_value out;
  CHECK(napi_create_double(env, static_cast<double>(st->types), &out));
  return out;
}

}  // namespace

NAPI_MODULE_INIT() {
  const napi_property_descriptor functions[] = {
      {"create", nullptr, Create, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"scan", nullptr, ScanText, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"commit", nullptr, CommitTerms, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"read", nullptr, Read, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"types", nullptr, Types, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  if (napi_define_properties(env, exports, sizeof(functions) / sizeof(functions[0]), functions) != napi_ok) return nullptr;
  napi_value api;
  if (napi_create_uint32(env, kApi, &api) != napi_ok || napi_set_named_property(env, exports, "api", api) != napi_ok) return nullptr;
  return exports;
}
