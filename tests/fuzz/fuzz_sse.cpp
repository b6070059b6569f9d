// A streamed reply: server-sent events fed in chunks of sizes drawn from the input itself,
// each event's data given to the chunk accumulator. The events must not depend on how the
// bytes were split.

#include "fuzzcheck.h"

#include "llm/openaiprotocol.h"
#include "llm/sseparser.h"

using namespace troupe;

namespace {

QList<QByteArray> events(const QByteArray &body, const uint8_t *sizes, size_t nSizes)
{
    llm::SseParser parser;
    QList<QByteArray> out;
    qsizetype at = 0;
    size_t k = 0;
    while (at < body.size()) {
        const qsizetype chunk = nSizes ? qsizetype(sizes[k++ % nSizes]) + 1 : body.size();
        out += parser.feed(body.mid(at, chunk));
        at += chunk;
    }
    out += parser.finish();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte says how many of the next bytes are chunk sizes; the rest is the stream.
    const size_t nSizes = size ? std::min<size_t>(data[0] % 16, size - 1) : 0;
    const size_t head = size ? 1 + nSizes : 0;
    const QByteArray body(reinterpret_cast<const char *>(data + head), qsizetype(size - head));

    const QList<QByteArray> split = events(body, data + 1, nSizes);
    const QList<QByteArray> whole = events(body, nullptr, 0);
    fuzz::check(split == whole, "events depend on how the stream was split");

    llm::openai::StreamAccumulator acc;
    for (const QByteArray &e : split) {
        if (!acc.add(e) || acc.done())
            break;
    }
    (void)acc.result();
    return 0;
}
