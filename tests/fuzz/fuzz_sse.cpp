// A streamed reply: server-sent events fed in chunks of sizes drawn from the input itself,
// each event's data given to the chunk accumulator. The events must not depend on how the
// bytes were split.

#include "fuzzcheck.h"

#include "llm/openaiprotocol.h"
#include "llm/sseparser.h"

using namespace troupe;

namespace {

QList<QByteArray> events(const fuzz::Pieces &in, bool whole)
{
    llm::SseParser parser;
    QList<QByteArray> out;
    qsizetype at = 0;
    size_t k = 0;
    while (at < in.bytes.size()) {
        const qsizetype chunk = whole ? in.bytes.size() : in.piece(k++);
        out += parser.feed(in.bytes.mid(at, chunk));
        at += chunk;
    }
    out += parser.finish();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Pieces in(data, size);
    const QList<QByteArray> split = events(in, false);
    const QList<QByteArray> whole = events(in, true);
    fuzz::check(split == whole, "events depend on how the stream was split");

    llm::openai::StreamAccumulator acc;
    for (const QByteArray &e : split) {
        if (!acc.add(e) || acc.done())
            break;
    }
    (void)acc.result();
    return 0;
}
