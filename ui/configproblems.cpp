#include "configproblems.h"

#include "config/config.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace troupe {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigProblems)
};
} // namespace

void showConfigProblems(QWidget *parent)
{
    const Result<Config> config = Config::load();
    if (!config) {
        auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Settings file has problems"),
                                    Tr::tr("Runs will not start until these lines of your config.ini are fixed:"),
                                    QMessageBox::Ok, parent);
        box->setInformativeText(config.error());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the window stays usable, and tests are not blocked
        return;
    }
    if (config.value().notices().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, Tr::tr("Settings with no effect yet"),
                                Tr::tr("Some keys in %1 have no effect yet:").arg(config.value().sourceFile()),
                                QMessageBox::Ok, parent);
    box->setInformativeText(config.value().notices().join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace troupe
