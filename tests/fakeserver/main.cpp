// troupe-fake-llm: the tests' OpenAI-compatible server as a program, for trying `troupe run
// --provider openai` and `troupe llm check` without a model, and for the gateway benchmark.
#include "fakellmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake OpenAI-compatible server: answers every chat with a valid agent turn."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default: any free one)."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay of every answer."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption noSchema(QStringLiteral("reject-json-schema"), QStringLiteral("Answer 400 to response_format json_schema."));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Accept only this API key."), QStringLiteral("KEY"));
    const QCommandLineOption hashReplies(QStringLiteral("hash-replies"), QStringLiteral("Replies depend on a hash of the whole request only."));
    const QCommandLineOption failFirst(QStringLiteral("fail-first"), QStringLiteral("Answer the first N requests with 503, as a server loading its model."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption startAfter(QStringLiteral("start-after-ms"), QStringLiteral("Refuse connections for this long before listening."), QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({port, latency, noSchema, key, hashReplies, failFirst, startAfter});
    parser.process(app);
    troupe::testing::FakeLlmServer server;
    server.setKeepRequests(false);
    server.setLatency(parser.value(latency).toInt());
    server.setRejectJsonSchema(parser.isSet(noSchema));
    server.setRequiredKey(parser.value(key).toUtf8());
    server.setHashReplies(parser.isSet(hashReplies));
    server.failFirst(parser.value(failFirst).toInt());
    if (const int ms = parser.value(startAfter).toInt(); ms > 0)
        QThread::msleep(ulong(ms)); // nothing listens yet: connections are refused
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "troupe-fake-llm: cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
