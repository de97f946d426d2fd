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
#include <node_api.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <vector>

namespace {

constexpr int32_t kNoTerm = -1;
constexpr int32_t kPending = -2;  // a new type whose term JS has not given yet

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

// A slot of the type table holds the type's key and its term inline, and a term's
// numbers sit together: a token then touches two cache lines, not five.
struct Slot {
  uint32_t h1, h2;
  int32_t term;  // kEmpty, kNoTerm, a term index, or kPending - n for the document's n-th new type
};
constexpr int32_t kEmpty = INT32_MIN;

struct Term {
  double count;
  int32_t docs, last;
};

// The term table: each distinct term's characters once, in an arena, found by content.
struct TermSlot {
  uint32_t hash, offset, length;
  int32_t index;  // -1: empty
};

struct TermTable {
  uint32_t mask = (1u << 14) - 1;
  std::vector<TermSlot> slots = std::vector<TermSlot>(1u << 14, TermSlot{0, 0, 0, -1});
  std::vector<char16_t> chars;
  int32_t size = 0;
};

struct Counter {
  uint32_t mask = (1u << 16) - 1;
  std::vector<Slot> slots = std::vector<Slot>(1u << 16, Slot{0, 0, kEmpty});
  size_t types = 0;
  std::vector<Term> terms;
  TermTable termTable;
  double tokens = 0;
  int32_t doc = 0;
  std::vector<char16_t> text;  // the document, copied out of V8
  // A document waiting for commit(): the keys and offsets of its new types, and the
  // new-type ordinal of each of its tokens whose type is new, counted once terms are known.
  std::vector<Slot> newKeys;
  std::vector<int32_t> newOffsets;
  std::vector<int32_t> waiting;
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
  std::vector<Slot> old;
  old.swap(st.slots);
  st.mask = st.mask * 2 + 1;
  st.slots.assign(st.mask + 1, Slot{0, 0, kEmpty});
  for (const Slot& slot : old)
    if (slot.term != kEmpty) Find(st, slot.h1, slot.h2) = slot;
}

inline void Count(Counter& st, int32_t k) {
  Term& term = st.terms[k];
  term.count++;
  if (term.last != st.doc) {
    term.docs++;
    term.last = st.doc;
  }
}

// Scans st.text[0, len): counts tokens of known types, collects new ones. The same loop
// as scanWords in terms.ts.
void Scan(Counter& st, size_t len) {
  const char16_t* s = st.text.data();
  st.newKeys.clear();
  st.newOffsets.clear();
  st.waiting.clear();
  double tokens = 0;
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
    tokens++;
    Slot* slot = &Find(st, h1, h2);
    if (slot->term == kEmpty) {
      *slot = Slot{h1, h2, kPending - static_cast<int32_t>(st.newKeys.size())};
      st.newKeys.push_back(*slot);
      st.newOffsets.push_back(static_cast<int32_t>(start));
      st.newOffsets.push_back(static_cast<int32_t>(i));
      if (++st.types * 2 > st.mask) {
        Rehash(st);
        slot = &Find(st, h1, h2);
      }
    }
    const int32_t k = slot->term;
    if (k >= 0) Count(st, k);
    else if (k <= kPending) st.waiting.push_back(kPending - k);
  }
  st.tokens += tokens;
}

TermSlot& FindTerm(TermTable& tt, const char16_t* term, uint32_t length, uint32_t hash) {
  uint32_t j = hash & tt.mask;
  for (;;) {
    TermSlot& slot = tt.slots[j];
    if (slot.index == -1) return slot;
    if (slot.hash == hash && slot.length == length &&
        std::equal(term, term + length, tt.chars.data() + slot.offset))
      return slot;
    j = (j + 1) & tt.mask;
  }
}

// The index of a term, numbered in order of first sight.
int32_t InternTerm(TermTable& tt, const char16_t* term, uint32_t length) {
  uint32_t hash = 2166136261u;
  for (uint32_t i = 0; i < length; i++) hash = (hash ^ term[i]) * 16777619u;
  TermSlot& slot = FindTerm(tt, term, length, hash);
  if (slot.index != -1) return slot.index;
  slot = TermSlot{hash, static_cast<uint32_t>(tt.chars.size()), length, tt.size++};
  tt.chars.insert(tt.chars.end(), term, term + length);
  const int32_t index = slot.index;
  if (static_cast<uint32_t>(tt.size) * 2 > tt.mask) {
    std::vector<TermSlot> old;
    old.swap(tt.slots);
    tt.mask = tt.mask * 2 + 1;
    tt.slots.assign(tt.mask + 1, TermSlot{0, 0, 0, -1});
    for (const TermSlot& s : old) {
      if (s.index == -1) continue;
      uint32_t j = s.hash & tt.mask;
      while (tt.slots[j].index != -1) j = (j + 1) & tt.mask;
      tt.slots[j] = s;
    }
  }
  return index;
}

// Gives the document's new types their terms (-1: none) and counts the tokens that waited for them.
void Commit(Counter& st, const int32_t* terms) {
  for (size_t n = 0; n < st.newKeys.size(); n++) {
    const int32_t k = terms[n] < 0 ? kNoTerm : terms[n];
    Find(st, st.newKeys[n].h1, st.newKeys[n].h2).term = k;
    if (k >= static_cast<int32_t>(st.terms.size())) st.terms.resize(k + 1, Term{0, 0, -1});
  }
  for (const int32_t n : st.waiting) {
    const int32_t k = terms[n];
    if (k >= 0) Count(st, k);
  }
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

void Finalize(napi_env, void* data, void*) { delete static_cast<Counter*>(data); }

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

napi_value Create(napi_env env, napi_callback_info) {
  auto* st = new Counter();
  napi_value out;
  if (napi_create_external(env, st, Finalize, nullptr, &out) != napi_ok) {
    delete st;
    return nullptr;
  }
  return out;
}

napi_value ScanText(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  Counter* st;
  if (!Args(env, info, 2, argv, &st)) return Fail(env, "termscan.scan(counter, text)");
  if (!st->newKeys.empty()) Abandon(*st);
  size_t len = 0;
  if (napi_get_value_string_utf16(env, argv[1], nullptr, 0, &len) != napi_ok) return Fail(env, "termscan.scan: text must be a string");
  if (st->text.size() < len + 1) st->text.resize(len + 1 + len / 4);
  size_t copied = 0;
  CHECK(napi_get_value_string_utf16(env, argv[1], st->text.data(), len + 1, &copied));
  Scan(*st, copied);
  napi_value out;
  if (st->newOffsets.empty()) {
    st->doc++;
    CHECK(napi_get_null(env, &out));
    return out;
  }
  // New types: their offsets go back to JS; the document waits for commit().
  const size_t n = st->newOffsets.size();
  void* data = nullptr;
  napi_value buffer;
  CHECK(napi_create_arraybuffer(env, n * sizeof(int32_t), &data, &buffer));
  std::copy(st->newOffsets.begin(), st->newOffsets.end(), static_cast<int32_t*>(data));
  CHECK(napi_create_typedarray(env, napi_int32_array, n, buffer, 0, &out));
  return out;
}

napi_value CommitTerms(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  Counter* st;
  if (!Args(env, info, 3, argv, &st)) return Fail(env, "termscan.commit(counter, joined, lengths)");
  const size_t n = st->newKeys.size();
  if (n == 0) return Fail(env, "termscan.commit: no document waits for terms");
  int32_t* terms = nullptr;
  size_t length = 0;
  if (!Elements(env, argv[2], napi_int32_array, &terms, &length) || length != n) return Fail(env, "termscan.commit: lengths must be an Int32Array, one per new type");
  size_t joined = 0;
  if (napi_get_value_string_utf16(env, argv[1], nullptr, 0, &joined) != napi_ok) return Fail(env, "termscan.commit: joined must be a string");
  size_t total = 0;
  for (size_t i = 0; i < n; i++) total += terms[i] < 0 ? 0 : static_cast<size_t>(terms[i]);
  if (total != joined) return Fail(env, "termscan.commit: the lengths do not add up to the joined terms");
  std::vector<char16_t> chars(joined + 1);
  CHECK(napi_get_value_string_utf16(env, argv[1], chars.data(), joined + 1, &joined));
  // Lengths become term indices, in place: JS reads them back.
  const char16_t* at = chars.data();
  for (size_t i = 0; i < n; i++) {
    if (terms[i] < 0) continue;
    const uint32_t len = static_cast<uint32_t>(terms[i]);
    terms[i] = InternTerm(st->termTable, at, len);
    at += len;
  }
  Commit(*st, terms);
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
    counts[k] = k < st->terms.size() ? st->terms[k].count : 0;
    docs[k] = k < st->terms.size() ? st->terms[k].docs : 0;
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
  return exports;
}
