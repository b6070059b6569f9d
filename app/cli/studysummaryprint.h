#pragma once

#include "study/resulttable.h"

#include <functional>

namespace troupe::cli {

/**
 * The per-question summary `troupe study run` ends with: for likert, choice and yes/no the
 * count and share of each answer with the mean and its 95% t interval (likert, numeric), the
 * SSR mean when rated; multi the share choosing each option; ranking the mean rank; open the
 * number answered; and always how many are missing, with the most common reason.
 */
void printStudySummary(const ResultTable &table, const std::function<void(const QString &)> &line);

} // namespace troupe::cli
