{
  "targets": [
    {
      "target_name": "termscan",
      "sources": ["termscan.cc"],
      "cflags_cc": ["-std=c++17", "-O3"],
      "defines": ["NAPI_VERSION=8"]
    },
    {
      "target_name": "snappy",
      "sources": ["snappy.cc"],
      "cflags_cc": ["-std=c++17", "-O3"],
      "defines": ["NAPI_VERSION=8"]
    }
  ]
}
