#include "personadocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace troupe {

PersonaDocument::PersonaDocument(SpecKind kind, OrderedJson document, QString name)
    : m_kind(kind), m_document(std::move(document)), m_name(std::move(name))
{
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
    parts << text(p.value("residence", OrderedJson()));
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
