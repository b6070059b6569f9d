#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace troupe {

/** One step of the project file's schema history, applied in a single transaction. */
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

using MigrationList = QList<Migration>;

/** The schema history of *.troupe files, oldest first. Never edit a released step: add one. */
const MigrationList &projectMigrations();

} // namespace troupe
