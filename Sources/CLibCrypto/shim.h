// OpenSSL's libcrypto (libssl-dev): only its message-digest API (EVP), for the
// SHA-256 of every input (FileDigest).
#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
