#include "sidebar/sidebar_panel.hxx"

#include "document/tracker_access.hxx"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "office/office_context.hxx"
#include "sidebar/deck_state.hxx"
#include "text/strings.hpp"
#include "views/notices.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <chrono>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

using rtl::OUString;

SidebarPanel::SidebarPanel(const PanelArguments& arguments)
    : url_(arguments.resourceUrl), context_(arguments.context), frame_(arguments.frame),
      parent_(arguments.parentWindow), sidebar_(arguments.sidebar),
      language_(uiLanguage(arguments.context)) {}

template <typename Action> void SidebarPanel::guarded(Action action) {
    try {
        action();
    } catch (const uno::Exception& e) {
        log().error("panel: {}", toUtf8(e.Message));
    } catch (const std::exception& e) {
        log().error("panel: {}", e.what());
    } catch (...) {
        log().error("panel: unknown error");
    }
}

void SidebarPanel::start() {
    const uno::Reference<awt::XWindowPeer> parentPeer(parent_, uno::UNO_QUERY_THROW);
    toolkit_ = awt::Toolkit::create(context_);
    awt::WindowDescriptor descriptor;
    descriptor.Type = awt::WindowClass_CONTAINER;
    descriptor.WindowServiceName = "";
    descriptor.Parent = parentPeer;
    descriptor.ParentIndex = -1;
    descriptor.Bounds = parent_->getPosSize();
    descriptor.WindowAttributes = awt::WindowAttribute::SHOW;
    window_.set(toolkit_->createWindow(descriptor), uno::UNO_QUERY_THROW);
    controls_.attach(context_, toolkit_, window_);
    const auto area = parent_->getPosSize();
    window_->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::POSSIZE);
    window_->setVisible(true);
    parent_->addWindowListener(this);
    deck().panels.insert(this);
    watchDocument();
    refresh();
}

sal_Int16 SidebarPanel::getType() {
    return css::ui::UIElementType::TOOLPANEL;
}

uno::Reference<uno::XInterface> SidebarPanel::getRealInterface() {
    return static_cast<css::ui::XToolPanel*>(this);
}

uno::Reference<awt::XWindow> SidebarPanel::getWindow() {
    if (disposed_) throw css::lang::DisposedException();
    return window_;
}

uno::Reference<css::accessibility::XAccessible>
SidebarPanel::createAccessible(const uno::Reference<css::accessibility::XAccessible>&) {
    return uno::Reference<css::accessibility::XAccessible>(window_, uno::UNO_QUERY);
}

css::ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32) {
    const sal_Int32 height = rows_.contentHeight();
    return css::ui::LayoutSize(height, height, height);
}

void SidebarPanel::dispose() {
    if (disposed_) return;
    disposed_ = true;
    try {
        if (document_.is()) document_->removeModifyListener(this);
        if (parent_.is()) parent_->removeWindowListener(this);
    } catch (const uno::Exception&) {
    }
    leaveDeck(frame_.get(), this);
    clearContent();
    if (uno::Reference<css::lang::XComponent> window{window_, uno::UNO_QUERY}; window.is())
        window->dispose();
    window_.clear();
    document_.clear();
}

void SidebarPanel::windowResized(const awt::WindowEvent&) {
    guarded([&] { layout(); });
}

void SidebarPanel::modified(const css::lang::EventObject&) {
    if (disposed_) return;
    ++deck().generation; // the shared read is stale now
    if (refreshPending_) return;
    refreshPending_ = true;
    guarded([&] { awt::AsyncCallback::create(context_)->addCallback(this, uno::Any()); });
}

void SidebarPanel::notify(const uno::Any&) {
    refreshPending_ = false;
    if (!disposed_) refresh();
}

void SidebarPanel::disposing(const css::lang::EventObject& event) {
    if (event.Source == document_) document_.clear();
}

void SidebarPanel::actionPerformed(const awt::ActionEvent& event) {
    guarded([&] { runCommand(toUtf8(event.ActionCommand)); });
}

void SidebarPanel::itemStateChanged(const awt::ItemEvent& event) {
    guarded([&] { itemSelected(event.Source, static_cast<std::size_t>(event.Selected)); });
}

void SidebarPanel::itemSelected(const uno::Reference<uno::XInterface>& source, std::size_t index) {
    if (source == mainList_ && index < rowTargets_.size()) moveCursor(rowTargets_[index]);
}

void SidebarPanel::refresh() {
    guarded([&] {
        const auto start = std::chrono::steady_clock::now();
        watchDocument();
        const auto tables = sharedTables();
        const auto signature = tables ? fingerprint(*tables, deck().year) : std::uint64_t(0);
        if (tables && built_ && signature == signature_) return; // shows the same already
        // The indicators list is kept and updated row by row: rebuilding a
        // list of a thousand lines with images costs a second.
        controls_.keep(keepsList() ? mainList_ : nullptr);
        clearContent();
        build(tables.get());
        signature_ = signature;
        built_ = true;
        controls_.dropKept();
        layout();
        if (sidebar_.is()) sidebar_->requestLayout();
        // bench/panel_benchmark.py reads these lines (CONDTRACK_LOG_LEVEL=debug).
        log().debug(
            "panel refresh: {} {:.3f} ms", kindName(),
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    });
}

uno::Reference<css::frame::XModel> SidebarPanel::model() const {
    if (!frame_.is() || !frame_->getController().is()) return {};
    return frame_->getController()->getModel();
}

DeckState& SidebarPanel::deck() const {
    return deckOf(frame_.get());
}

void SidebarPanel::watchDocument() {
    const uno::Reference<css::util::XModifyBroadcaster> current(model(), uno::UNO_QUERY);
    if (current == document_) return;
    if (document_.is()) document_->removeModifyListener(this);
    document_ = current;
    if (document_.is()) document_->addModifyListener(this);
}

// The deck's current read of the tracker, made by the first panel that
// refreshes after an edit; nullptr when the window shows no spreadsheet.
std::shared_ptr<const TrackerTables> SidebarPanel::sharedTables() {
    const auto document = model();
    if (!uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY).is())
        return nullptr;
    return deck().currentTables(document);
}

// --- content

std::string SidebarPanel::label(PanelLabel which) const {
    return std::string(condtrack::label(which, language_));
}

std::string SidebarPanel::heading(const std::string& text) const {
    return tr(STR_HEADING_COLON, language_, {text});
}

uno::Reference<awt::XControl> SidebarPanel::button(PanelLabel text, const char* command) {
    return controls_.button(label(text), command, this);
}

uno::Reference<awt::XControl> SidebarPanel::button(TranslateId text, const char* command) {
    return controls_.button(std::string(tr(text, language_)), command, this);
}

void SidebarPanel::line(const uno::Reference<awt::XControl>& control, sal_Int32 height) {
    rows_.add(LayoutRow{{control}, height, std::nullopt});
}

void SidebarPanel::paragraph(const std::string& text, sal_Int32 colour) {
    // The panel may still be 0 wide while the sidebar lays it out: count on
    // the deck's usual width then. About 6.5 pixels a character.
    const sal_Int32 width = parent_.is() ? parent_->getPosSize().Width : 0;
    const auto perLine = static_cast<std::size_t>(
        std::max<sal_Int32>(20, ((width > 100 ? width : 280) - 2 * kMargin) * 2 / 13));
    const std::size_t chars =
        static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    const auto lines =
        static_cast<sal_Int32>(std::max<std::size_t>(1, (chars + perLine - 1) / perLine));
    auto control =
        add("FixedText", {{"Label", uno::Any(fromUtf8(text))}, {"MultiLine", uno::Any(true)}});
    if (colour >= 0)
        uno::Reference<css::beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW)
            ->setPropertyValue("TextColor", uno::Any(colour));
    line(control, lines * kLineHeight);
}

void SidebarPanel::row(std::vector<uno::Reference<awt::XControl>> controls, sal_Int32 height,
                       std::optional<double> bar) {
    rows_.add(LayoutRow{std::move(controls), height, bar});
}

void SidebarPanel::targetList(const StatusLines& lines, std::vector<CellTarget> targets,
                              sal_Int32 visibleLines) {
    rowTargets_ = std::move(targets);
    mainList_ = controls_.statusList(lines, this);
    line(mainList_, std::max<sal_Int32>(2, visibleLines) * kListLineHeight + 4);
}

void SidebarPanel::clearContent() {
    controls_.clear();
    rows_.clear();
    rowTargets_.clear();
    mainList_.clear();
    forgetControls();
}

void SidebarPanel::layout() {
    if (!window_.is() || disposed_) return;
    rows_.arrange(window_, parent_->getPosSize());
}

void SidebarPanel::build(const TrackerTables* read) {
    if (read == nullptr) return;
    const auto document = model();
    const TrackerTables& tables = *read;
    if (!hasTracker(tables)) {
        buildWithoutTracker();
        return;
    }
    const ReadResult result = readTracker(tables, documentNullDate(document), language_);
    if (!result.ok()) {
        buildProblems(result);
        return;
    }
    const TrackerModel& tracker = *result.model;
    currency_ = tables.header ? programmeCurrency(*tables.header) : std::string();
    notices_ = result.notices;
    const std::vector<int> years = yearsOf(tracker);
    auto& state = deck();
    if (!state.year || std::find(years.begin(), years.end(), *state.year) == years.end())
        state.year = defaultYear(tracker);
    const Date today = boost::gregorian::day_clock::local_day();
    buildTracker(tracker, state.year.value_or(0), today);
}

void SidebarPanel::buildProblems(const ReadResult& result) {
    line(label(label(PanelLabel::Malformed), kRed, true));
    for (std::size_t i = 0; i < result.problems.size() && i < 8; ++i)
        line(label(problemText(result.problems[i]), kRed));
}

// --- actions

void SidebarPanel::runCommand(const std::string& command) {
    const uno::Reference<css::frame::XDispatchProvider> provider(frame_, uno::UNO_QUERY_THROW);
    css::util::URL url;
    url.Complete = fromUtf8("vnd.condtrack:" + command);
    css::util::URLTransformer::create(context_)->parseStrict(url);
    const auto dispatch = provider->queryDispatch(url, "", 0);
    if (!dispatch.is()) return;
    uno::Sequence<css::beans::PropertyValue> arguments;
    if (const auto year = deck().year) {
        arguments.realloc(1);
        arguments.getArray()[0].Name = "Year";
        arguments.getArray()[0].Value <<= static_cast<sal_Int32>(*year);
    }
    dispatch->dispatch(url, arguments);
}

void SidebarPanel::moveCursor(const CellTarget& target) {
    const auto controller = frame_->getController();
    const uno::Reference<css::sheet::XSpreadsheetDocument> document(controller->getModel(),
                                                                    uno::UNO_QUERY_THROW);
    const uno::Reference<css::sheet::XSpreadsheet> sheet(
        document->getSheets()->getByName(fromUtf8(target.sheet)), uno::UNO_QUERY_THROW);
    if (uno::Reference<css::sheet::XSpreadsheetView> view{controller, uno::UNO_QUERY}; view.is())
        view->setActiveSheet(sheet);
    const auto cell = sheet->getCellByPosition(target.col, target.row);
    uno::Reference<css::view::XSelectionSupplier>(controller, uno::UNO_QUERY_THROW)
        ->select(uno::Any(cell));
}

} // namespace condtrack::uno
