#pragma once

class QWidget;

namespace troupe {

/**
 * Tells the user at start-up what is wrong with their config.ini (file:line per problem:
 * runs are refused until it is fixed) or which of its keys have no effect yet. Says
 * nothing when the file is fine or there is none.
 */
void showConfigProblems(QWidget *parent);

} // namespace troupe
