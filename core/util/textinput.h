#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace troupe {

/** Limits for text files a user hands us (persona files, scenarios, ...). */
inline constexpr qint64 kMaxInputFileBytes = 10 * 1024 * 1024;

/** Byte offset to 1-based line and column (columns count characters, not bytes). */
struct TextPosition { int line = 1; int column = 1; };
TextPosition positionAt(const QByteArray &text, qsizetype byteOffset);

/** Offset of the first byte that breaks UTF-8, or nullopt when the text is valid. */
std::optional<qsizetype> firstInvalidUtf8(const QByteArray &text);

/**
 * Reads a user's text file and refuses what cannot be JSON text we accept: missing,
 * unreadable, larger than kMaxInputFileBytes, empty (or only white space), or not UTF-8.
 * A UTF-8 byte-order mark is dropped.
 */
std::optional<QByteArray> readUserTextFile(const QString &path, Diagnostic *problem);

/** Same checks for bytes already in memory; `label` names them in the diagnostic. */
bool checkUserText(QByteArray &text, const QString &label, Diagnostic *problem);

} // namespace troupe
