// An HTTP/1.1 response from a local model server, fed to the transport's parser in chunks of
// sizes drawn from the input itself, then the connection closed. What the parser makes of
// it must not depend on how the bytes were split, and the body never exceeds its bound.

#include "fuzzcheck.h"

#include "llm/http1parser.h"

using namespace troupe;

namespace {

struct Outcome
{
    bool done = false;
    bool failed = false;
    int status = 0;
    llm::HeaderList headers;
    QByteArray body;
    bool keepAlive = false;
    bool operator==(const Outcome &) const = default;
};

Outcome parse(const fuzz::Pieces &in, bool whole)
{
    const QByteArray &bytes = in.bytes;
    llm::Http1ResponseParser p;
    Outcome out;
    qsizetype at = 0;
    size_t k = 0;
    while (at < bytes.size() && !p.done() && !p.failed()) {
        const qsizetype chunk = std::min(whole ? bytes.size() : in.piece(k++), bytes.size() - at);
        const qsizetype used = p.feed(bytes.constData() + at, chunk, out.body);
        fuzz::check(used >= 0 && used <= chunk, "feed used more than it was given");
        fuzz::check(used == chunk || p.done() || p.failed(), "feed stopped early while the reply goes on");
        at += chunk;
    }
    if (!p.done() && !p.failed())
        p.closed();
    fuzz::check(p.done() != p.failed(), "a closed connection leaves the reply neither done nor failed");
    fuzz::check(!p.failed() || !p.problem().isEmpty(), "a failure without a reason");
    fuzz::check(out.body.size() <= llm::Http1ResponseParser::maxBodyBytes, "the body passed its bound");
    out.done = p.done();
    out.failed = p.failed();
    out.status = p.status();
    out.headers = p.headers();
    out.keepAlive = p.keepAlive();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Pieces in(data, size);
    const Outcome split = parse(in, false);
    const Outcome whole = parse(in, true);
    fuzz::check(split == whole, "the reply depends on how the bytes were split");
    return 0;
}
