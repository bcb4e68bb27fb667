#pragma once

// What every panel of the Conditionality deck (Indicators, Tranches, Calendar)
// shares: its window in the sidebar, the sidebar's interfaces, the document it
// watches and when it refreshes. A panel class only says what it shows.

#include "functions/function_table.hpp"
#include "sidebar/panel_controls.hxx"
#include "sidebar/row_layout.hxx"
#include "tracker/reader.hpp"
#include "views/panels.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XToolkit2.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase9.hxx>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace condtrack::uno {

struct DeckState;

// What the sidebar hands the panel factory for one panel.
struct PanelArguments {
    rtl::OUString resourceUrl;
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::awt::XWindow> parentWindow;
    css::uno::Reference<css::ui::XSidebar> sidebar;
};

using SidebarPanelInterfaces =
    cppu::WeakImplHelper9<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                          css::lang::XComponent, css::awt::XWindowListener,
                          css::util::XModifyListener, css::awt::XActionListener,
                          css::awt::XItemListener, css::awt::XCallback>;

class SidebarPanel : public SidebarPanelInterfaces {
  public:
    explicit SidebarPanel(const PanelArguments& arguments);

    // Makes the panel's window and shows the document: apart from the
    // constructor, because it registers the panel as a listener.
    void start();
    void refresh();

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    rtl::OUString SAL_CALL getResourceURL() override { return url_; }
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&) override;

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override;
    sal_Int32 SAL_CALL getMinimalWidth() override { return 180; }

    // XComponent
    void SAL_CALL dispose() override;
    void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {
    }
    void SAL_CALL
    removeEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}

    // XWindowListener: the sidebar creates panels at 0x0, then sizes them.
    void SAL_CALL windowResized(const css::awt::WindowEvent&) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}

    // XModifyListener: edits arrive here; many edits in a row make one refresh,
    // run once the office is idle again (XCallback::notify).
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL notify(const css::uno::Any&) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

    // XActionListener: the action buttons.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XItemListener: the year selector and the lists.
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;

  protected:
    // A place on a sheet that choosing a list line moves the cell cursor to.
    struct CellTarget {
        std::string sheet;
        int row = 0;
        int col = 0;
    };

    // The panel's name in the debug log.
    virtual const char* kindName() const = 0;
    // What the panel shows for a spreadsheet that holds no tracker.
    virtual void buildWithoutTracker() {}
    // What the panel shows for a tracker read without problems.
    virtual void buildTracker(const TrackerModel& tracker, int year, Date today) = 0;
    // Whether the status list survives a refresh, to be updated line by line.
    virtual bool keepsList() const { return false; }
    // A line chosen in one of the panel's lists.
    virtual void itemSelected(const css::uno::Reference<css::uno::XInterface>& source,
                              std::size_t index);
    // Drops the panel's own references to controls that a refresh disposes.
    virtual void forgetControls() {}

    // Content: controls made in the panel's window, placed row by row.
    css::uno::Reference<css::awt::XControl>
    add(const char* kind, std::initializer_list<std::pair<const char*, css::uno::Any>> properties) {
        return controls_.add(kind, properties);
    }
    css::uno::Reference<css::awt::XControl> label(const std::string& text, sal_Int32 colour = -1,
                                                  bool bold = false) {
        return controls_.label(text, colour, bold);
    }
    std::string label(PanelLabel which) const;
    // "text:" with the colon spaced as the language writes it.
    std::string heading(const std::string& text) const;
    css::uno::Reference<css::awt::XControl> button(PanelLabel text, const char* command);
    css::uno::Reference<css::awt::XControl> button(TranslateId text, const char* command);
    void line(const css::uno::Reference<css::awt::XControl>& control,
              sal_Int32 height = kLineHeight);
    // A text that wraps over as many lines as the panel's width needs.
    void paragraph(const std::string& text, sal_Int32 colour = -1);
    void row(std::vector<css::uno::Reference<css::awt::XControl>> controls, sal_Int32 height,
             std::optional<double> bar = std::nullopt);
    // The status list whose lines move the cell cursor to their targets.
    void targetList(const StatusLines& lines, std::vector<CellTarget> targets,
                    sal_Int32 visibleLines);

    DeckState& deck() const;
    Language language() const { return language_; }
    // Of the tracker being built: the programme header's currency ("" without
    // one) and what the reader noticed without refusing the tracker.
    const std::string& currency() const { return currency_; }
    const std::vector<LayoutProblem>& readerNotices() const { return notices_; }

  private:
    template <typename Action> void guarded(Action action);
    css::uno::Reference<css::frame::XModel> model() const;
    void watchDocument();
    std::shared_ptr<const TrackerTables> sharedTables();
    void clearContent();
    void layout();
    void build(const TrackerTables* read);
    void buildProblems(const ReadResult& result);
    void runCommand(const std::string& command);
    void moveCursor(const CellTarget& target);

    rtl::OUString url_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XWindow> parent_;
    css::uno::Reference<css::ui::XSidebar> sidebar_;
    Language language_;
    css::uno::Reference<css::awt::XToolkit2> toolkit_;
    css::uno::Reference<css::awt::XWindow> window_;
    css::uno::Reference<css::util::XModifyBroadcaster> document_;
    PanelControls controls_;
    RowLayout rows_;
    std::vector<CellTarget> rowTargets_;
    std::string currency_;
    std::vector<LayoutProblem> notices_;
    css::uno::Reference<css::awt::XControl> mainList_;
    std::uint64_t signature_ = 0;
    bool built_ = false;
    bool refreshPending_ = false;
    bool disposed_ = false;
};

} // namespace condtrack::uno
