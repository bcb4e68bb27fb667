#pragma once

// Applies a core WorkbookPlan to a spreadsheet document.

#include "sheet/workbook_plan.hpp"
#include "tracker/assessment.hpp"
#include "tracker/upgrade.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>

namespace condtrack::uno {

// What applying the plan would overwrite in the document (findCollision).
std::optional<Collision> collision(const css::uno::Reference<css::frame::XModel>& model,
                                   const WorkbookPlan& plan,
                                   const std::vector<std::string>& reservedNames);

// Inserts the plan's sheets after the existing ones, writes their cells and
// defines the named ranges, as one undo step titled `undoTitle`.
void applyPlan(const css::uno::Reference<css::frame::XModel>& model, const WorkbookPlan& plan,
               const rtl::OUString& undoTitle);

// Sets cells (numbers, texts, or Blank to empty them) and, when the log grew,
// stretches the log range over the new rows; one undo step.
void applyChanges(const css::uno::Reference<css::frame::XModel>& model,
                  const std::vector<CellWrite>& writes, const RangeTable& log, int logLastRow,
                  const rtl::OUString& undoTitle);

// Upgrade tracker: moves cells, inserts and removes columns, adds the new
// sheet, (re)defines the named ranges, writes the planned cells and the log
// rows (stretching the log range to `logLastRow`); one undo step.
void applyUpgrade(const css::uno::Reference<css::frame::XModel>& model, const UpgradePlan& plan,
                  const LogAppend& logAppend, const RangeTable& log,
                  const rtl::OUString& undoTitle);

} // namespace condtrack::uno
