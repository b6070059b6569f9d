#pragma once

#include <QByteArray>

#include <string>
#include <vector>

namespace troupe {

/**
 * Finds where the value at `path` (object keys and array indices, outermost first) starts
 * in JSON `text` that is known to parse. When the path does not exist it returns the start
 * of the deepest value on the way that does, so an error about a missing field points at
 * the object that lacks it. nlohmann_json keeps no source positions; this fills the gap.
 */
qsizetype locateJsonValue(const QByteArray &text, const std::vector<std::string> &path);

} // namespace troupe
