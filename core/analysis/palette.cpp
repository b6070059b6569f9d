#include "palette.h"

namespace troupe::report {

QString paletteColour(int index)
{
    static const char *const colours[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1",
                                          "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"};
    constexpr int n = int(sizeof colours / sizeof *colours);
    return QString::fromLatin1(colours[((index % n) + n) % n]);
}

} // namespace troupe::report
