#include "scriptjson.h"

#include <QCoreApplication>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScriptEditor)
};
} // namespace

std::optional<std::pair<OrderedJson, OrderedJson>> parseScriptJson(const QString &json, QString *problem)
{
    OrderedJson parsed = OrderedJson::parse(json.toStdString(), nullptr, false);
    auto fail = [problem](const QString &why) -> std::optional<std::pair<OrderedJson, OrderedJson>> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (parsed.is_discarded())
        return fail(Tr::tr("not valid JSON"));
    if (!parsed.is_object())
        return fail(Tr::tr("expected an object with \"script\" and \"interventions\" lists"));
    OrderedJson lists[2];
    const char *keys[2] = {"script", "interventions"};
    for (int k = 0; k < 2; ++k) {
        const auto it = parsed.find(keys[k]);
        if (it == parsed.end() || it->is_null()) {
            lists[k] = OrderedJson::array();
            continue;
        }
        if (!it->is_array())
            return fail(Tr::tr("%1: expected a list").arg(QLatin1String(keys[k])));
        for (size_t i = 0; i < it->size(); ++i)
            if (!(*it)[i].is_object())
                return fail(Tr::tr("%1[%2]: expected an object").arg(QLatin1String(keys[k])).arg(i));
        lists[k] = *it;
    }
    return std::make_pair(std::move(lists[0]), std::move(lists[1]));
}

} // namespace troupe
