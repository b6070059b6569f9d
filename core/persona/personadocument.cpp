#include "personadocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace troupe {

PersonaDocument::PersonaDocument(SpecKind kind, OrderedJson document, QString name)
    : m_kind(kind), m_document(std::move(document)), m_name(std::move(name))
{
}

const OrderedJson &PersonaDocument::persona() const
{
    static const OrderedJson empty = OrderedJson::object();
    if (!m_document.is_object())
        return empty;
    const auto it = m_document.find("persona");
    return it != m_document.end() && it->is_object() ? *it : empty;
}

static QString text(const OrderedJson &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString PersonaDocument::summary() const
{
    const OrderedJson &p = persona();
    QStringList parts;
    if (m_kind == SpecKind::Fragment) {
        QStringList keys;
        for (const auto &[key, _] : p.items())
            keys << QString::fromStdString(key);
        return QCoreApplication::translate("PersonaDocument", "fragment: %1").arg(keys.join(QStringLiteral(", ")));
    }
    if (p.contains("age") && p["age"].is_number())
        parts << QString::number(p["age"].get<double>());
    if (p.contains("occupation")) {
        const OrderedJson &o = p["occupation"];
        parts << (o.is_object() && o.contains("title") ? text(o["title"]) : text(o));
    }
    if (p.contains("residence"))
        parts << text(p["residence"]);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QByteArray PersonaDocument::toJson() const
{
    return QByteArray::fromStdString(m_document.dump(4, ' ', false, OrderedJson::error_handler_t::strict)) + '\n';
}

QString PersonaDocument::kindName(SpecKind kind)
{
    return kind == SpecKind::Agent ? QStringLiteral("agent") : QStringLiteral("fragment");
}

} // namespace troupe
