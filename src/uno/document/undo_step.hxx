#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace condtrack::uno {

// Groups every change made while it lives into one undo step. Changes that
// stop half-way (an exception before commit()) are taken back at once.
//
// A document loaded hidden (a script's, a server's) records no undo at all:
// LibreOffice 7.4 crashes when it undoes an inserted sheet in a document
// without a view, and nobody can press Undo there anyway.
class UndoStep {
  public:
    UndoStep(const css::uno::Reference<css::frame::XModel>& model, const rtl::OUString& title)
        : model_(model), manager_(css::uno::Reference<css::document::XUndoManagerSupplier>(
                                      model, css::uno::UNO_QUERY_THROW)
                                      ->getUndoManager()),
          record_(!isHidden(model)) {
        if (record_)
            manager_->enterUndoContext(title);
        else
            setUndoEnabled(false);
    }
    // Marks the changes complete; without it, leaving takes them back.
    void commit() { committed_ = true; }

    ~UndoStep() {
        try {
            if (record_) {
                manager_->leaveUndoContext();
                if (!committed_) {
                    // A command that failed half-way leaves nothing behind.
                    manager_->undo();
                    manager_->clearRedo();
                }
            } else {
                setUndoEnabled(true);
            }
        } catch (...) {
            // Leaving can only fail if the context was closed elsewhere.
        }
    }
    static bool isHidden(const css::uno::Reference<css::frame::XModel>& model) {
        for (const auto& arg : model->getArgs()) {
            bool hidden = false;
            if (arg.Name == "Hidden" && (arg.Value >>= hidden)) return hidden;
        }
        return false;
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

  private:
    void setUndoEnabled(bool enabled) {
        css::uno::Reference<css::beans::XPropertySet>(model_, css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("IsUndoEnabled", css::uno::Any(enabled));
    }

    css::uno::Reference<css::frame::XModel> model_;
    css::uno::Reference<css::document::XUndoManager> manager_;
    bool record_;
    bool committed_ = false;
};

} // namespace condtrack::uno
