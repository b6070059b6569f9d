#include "sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace troupe {

QString sha256Hex(std::string_view data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr) != 1 || size != 32)
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayView(data.data(), qsizetype(data.size())), QCryptographicHash::Sha256).toHex());
    static constexpr char hex[] = "0123456789abcdef";
    QString out(64, Qt::Uninitialized);
    QChar *o = out.data();
    for (unsigned int i = 0; i < size; ++i) {
        *o++ = QLatin1Char(hex[digest[i] >> 4]);
        *o++ = QLatin1Char(hex[digest[i] & 15]);
    }
    return out;
}

} // namespace troupe
