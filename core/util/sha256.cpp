#include "sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace troupe {

QString sha256Hex(std::string_view data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    const QByteArray raw = EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr) == 1 && size == 32
        ? QByteArray::fromRawData(reinterpret_cast<const char *>(digest), 32)
        : QCryptographicHash::hash(QByteArrayView(data.data(), qsizetype(data.size())), QCryptographicHash::Sha256);
    return QString::fromLatin1(raw.toHex());
}

} // namespace troupe
