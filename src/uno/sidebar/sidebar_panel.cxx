#include "sidebar/sidebar_panel.hxx"

#include "document/tracker_access.hxx"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "office/office_context.hxx"
#include "views/panels.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XItemList.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase9.hxx>
#include <rtl/ref.hxx>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <set>

namespace condtrack::uno {

namespace uno = css::uno;

namespace awt = css::awt;
using rtl::OUString;

namespace {

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kLineHeight = 16;
constexpr sal_Int32 kButtonHeight = 24;
constexpr sal_Int32 kListLineHeight = 18;
constexpr sal_Int32 kRed = 0xC62828;
constexpr sal_Int32 kGreen = 0x2E7D32;
constexpr char kIconFolder[] = "vnd.sun.star.extension://org.condtrack.extension/icons/";

class Panel;

// The panels of one frame share the year shown; the Indicators panel's
// selector changes it and every panel of that frame follows.
struct DeckState {
    std::optional<int> year;
    std::set<Panel*> panels;
    // One read of the tracker serves every panel of the deck until the next edit.
    std::uint64_t generation = 0;
    std::uint64_t readGeneration = ~std::uint64_t(0);
    css::frame::XModel* readFrom = nullptr;
    std::shared_ptr<const TrackerTables> tables;
};

// A fingerprint of what a panel shows: when a refresh would show the same,
// nothing is rebuilt (edits elsewhere in the workbook cost one read only).
std::uint64_t fingerprint(const TrackerTables& tables, std::optional<int> year) {
    std::uint64_t h = 1469598103934665603ull;
    const auto mix = [&h](const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i)
            h = (h ^ bytes[i]) * 1099511628211ull;
    };
    const int y = year.value_or(0);
    mix(&y, sizeof y);
    for (const auto* range : {&tables.years, &tables.reviews, &tables.indicators, &tables.tranches,
                              &tables.milestones}) {
        if (!*range) {
            mix("-", 1);
            continue;
        }
        mix((*range)->sheet.data(), (*range)->sheet.size());
        for (const Cell& cell : (*range)->cells.cells()) {
            const auto kind = static_cast<unsigned char>(cell.index());
            mix(&kind, 1);
            if (const auto* number = std::get_if<double>(&cell)) mix(number, sizeof *number);
            if (const auto* text = std::get_if<std::string>(&cell)) mix(text->data(), text->size());
        }
    }
    return h;
}
std::map<css::frame::XFrame*, DeckState>& decks() {
    static std::map<css::frame::XFrame*, DeckState> states;
    return states;
}

std::string iconFor(IndicatorMark mark) {
    switch (mark) {
    case IndicatorMark::Met: return "status-met.png";
    case IndicatorMark::Partial: return "status-partial.png";
    case IndicatorMark::NotMet: return "status-notmet.png";
    case IndicatorMark::Waived: return "status-waived.png";
    case IndicatorMark::Pending: return "status-pending.png";
    }
    return "status-pending.png";
}

std::string iconFor(MilestoneStatus status) {
    switch (status) {
    case MilestoneStatus::Overdue: return "status-notmet.png";
    case MilestoneStatus::DueSoon: return "status-partial.png";
    case MilestoneStatus::Done: return "status-met.png";
    case MilestoneStatus::DoneLate: return "status-met.png";
    case MilestoneStatus::OnTrack: return "status-pending.png";
    }
    return "status-pending.png";
}

// A row of the panel's vertical layout: controls side by side.
struct LayoutRow {
    std::vector<uno::Reference<awt::XControl>> controls;
    sal_Int32 height = kLineHeight;
    std::optional<double> bar{}; // a bar as wide as this fraction of the panel
};

using PanelBase =
    cppu::WeakImplHelper9<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                          css::lang::XComponent, awt::XWindowListener, css::util::XModifyListener,
                          awt::XActionListener, awt::XItemListener, awt::XCallback>;

class Panel : public PanelBase {
  public:
    Panel(PanelKind kind, const OUString& url,
          const uno::Reference<uno::XComponentContext>& context,
          const uno::Reference<css::frame::XFrame>& frame,
          const uno::Reference<awt::XWindow>& parent,
          const uno::Reference<css::ui::XSidebar>& sidebar)
        : kind_(kind), url_(url), context_(context), frame_(frame), parent_(parent),
          sidebar_(sidebar), language_(uiLanguage(context)) {}

    void start() {
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
        const auto area = parent_->getPosSize();
        window_->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::POSSIZE);
        window_->setVisible(true);
        parent_->addWindowListener(this);
        decks()[frame_.get()].panels.insert(this);
        watchDocument();
        refresh();
    }

    // XUIElement
    uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    OUString SAL_CALL getResourceURL() override { return url_; }
    sal_Int16 SAL_CALL getType() override { return css::ui::UIElementType::TOOLPANEL; }
    uno::Reference<uno::XInterface> SAL_CALL getRealInterface() override {
        return static_cast<css::ui::XToolPanel*>(this);
    }

    // XToolPanel
    uno::Reference<awt::XWindow> SAL_CALL getWindow() override {
        if (disposed_) throw css::lang::DisposedException();
        return window_;
    }
    uno::Reference<css::accessibility::XAccessible>
        SAL_CALL createAccessible(const uno::Reference<css::accessibility::XAccessible>&) override {
        return uno::Reference<css::accessibility::XAccessible>(window_, uno::UNO_QUERY);
    }

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override {
        const sal_Int32 height = contentHeight();
        return css::ui::LayoutSize(height, height, height);
    }
    sal_Int32 SAL_CALL getMinimalWidth() override { return 180; }

    // XComponent
    void SAL_CALL dispose() override {
        if (disposed_) return;
        disposed_ = true;
        try {
            if (document_.is()) document_->removeModifyListener(this);
            if (parent_.is()) parent_->removeWindowListener(this);
        } catch (const uno::Exception&) {
        }
        auto& states = decks();
        if (auto it = states.find(frame_.get()); it != states.end()) {
            it->second.panels.erase(this);
            if (it->second.panels.empty()) states.erase(it);
        }
        clearControls();
        if (uno::Reference<css::lang::XComponent> window{window_, uno::UNO_QUERY}; window.is())
            window->dispose();
        window_.clear();
        document_.clear();
    }
    void SAL_CALL addEventListener(const uno::Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const uno::Reference<css::lang::XEventListener>&) override {}

    // XWindowListener: the sidebar creates panels at 0x0, then sizes them.
    void SAL_CALL windowResized(const awt::WindowEvent&) override {
        guarded([&] { layout(); });
    }
    void SAL_CALL windowMoved(const awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}

    // XModifyListener: edits arrive here; many edits in a row make one refresh,
    // run once the office is idle again.
    void SAL_CALL modified(const css::lang::EventObject&) override {
        if (disposed_) return;
        ++decks()[frame_.get()].generation; // the shared read is stale now
        if (refreshPending_) return;
        refreshPending_ = true;
        guarded([&] { awt::AsyncCallback::create(context_)->addCallback(this, uno::Any()); });
    }
    void SAL_CALL notify(const uno::Any&) override {
        refreshPending_ = false;
        if (!disposed_) refresh();
    }

    void SAL_CALL disposing(const css::lang::EventObject& event) override {
        if (event.Source == document_) document_.clear();
    }

    // XActionListener: the action buttons.
    void SAL_CALL actionPerformed(const awt::ActionEvent& event) override {
        guarded([&] { runCommand(toUtf8(event.ActionCommand)); });
    }

    // XItemListener: the year selector and the lists.
    void SAL_CALL itemStateChanged(const awt::ItemEvent& event) override {
        guarded([&] {
            if (event.Source == yearList_) {
                const auto index = static_cast<std::size_t>(event.Selected);
                if (index < years_.size()) setYear(years_[index]);
            } else if (event.Source == mainList_) {
                const auto index = static_cast<std::size_t>(event.Selected);
                if (index < rowTargets_.size()) moveCursor(rowTargets_[index]);
            }
        });
    }

    void refresh() {
        guarded([&] {
            const auto start = std::chrono::steady_clock::now();
            watchDocument();
            const auto tables = sharedTables();
            const auto signature =
                tables ? fingerprint(*tables, decks()[frame_.get()].year) : std::uint64_t(0);
            if (tables && built_ && signature == signature_) return; // shows the same already
            // The indicators list is kept and updated row by row: rebuilding a
            // list of a thousand lines with images costs a second.
            keptList_ = kind_ == PanelKind::Indicators ? mainList_ : nullptr;
            clearControls();
            build(tables.get());
            signature_ = signature;
            built_ = true;
            if (keptList_.is()) dispose(keptList_); // not reused: a tracker of another size
            keptList_.clear();
            layout();
            if (sidebar_.is()) sidebar_->requestLayout();
            // bench/panel_benchmark.py reads these lines (CONDTRACK_LOG_LEVEL=debug).
            log().debug(
                "panel refresh: {} {:.3f} ms", kindName(),
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
        });
    }

  private:
    struct CellTarget {
        std::string sheet;
        int row = 0;
        int col = 0;
    };

    const char* kindName() const {
        switch (kind_) {
        case PanelKind::Indicators: return "indicators";
        case PanelKind::Tranches: return "tranches";
        case PanelKind::Calendar: return "calendar";
        }
        return "panel";
    }

    template <typename Action> void guarded(Action action) {
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

    uno::Reference<css::frame::XModel> model() const {
        if (!frame_.is() || !frame_->getController().is()) return {};
        return frame_->getController()->getModel();
    }

    void watchDocument() {
        const uno::Reference<css::util::XModifyBroadcaster> current(model(), uno::UNO_QUERY);
        if (current == document_) return;
        if (document_.is()) document_->removeModifyListener(this);
        document_ = current;
        if (document_.is()) document_->addModifyListener(this);
    }

    // The deck's current read of the tracker, made by the first panel that
    // refreshes after an edit; nullptr when the window shows no spreadsheet.
    std::shared_ptr<const TrackerTables> sharedTables() {
        const auto document = model();
        if (!uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY).is())
            return nullptr;
        auto& state = decks()[frame_.get()];
        if (!state.tables || state.readGeneration != state.generation ||
            state.readFrom != document.get()) {
            state.tables = std::make_shared<const TrackerTables>(readTables(document));
            state.readGeneration = state.generation;
            state.readFrom = document.get();
        }
        return state.tables;
    }

    static void dispose(const uno::Reference<awt::XControl>& control) {
        try {
            if (uno::Reference<css::lang::XComponent> c{control, uno::UNO_QUERY}; c.is())
                c->dispose();
        } catch (const uno::Exception&) {
        }
    }

    // --- controls

    uno::Reference<awt::XControl>
    add(const char* kind, std::initializer_list<std::pair<const char*, uno::Any>> properties) {
        const auto factory = context_->getServiceManager();
        const OUString base = OUString::createFromAscii("com.sun.star.awt.UnoControl") +
                              OUString::createFromAscii(kind);
        const uno::Reference<awt::XControlModel> model(
            factory->createInstanceWithContext(base + "Model", context_), uno::UNO_QUERY_THROW);
        const uno::Reference<css::beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
        for (const auto& [name, value] : properties)
            props->setPropertyValue(OUString::createFromAscii(name), value);
        const uno::Reference<awt::XControl> control(
            factory->createInstanceWithContext(base, context_), uno::UNO_QUERY_THROW);
        control->setModel(model);
        control->createPeer(uno::Reference<awt::XToolkit>(toolkit_, uno::UNO_QUERY_THROW),
                            uno::Reference<awt::XWindowPeer>(window_, uno::UNO_QUERY_THROW));
        controls_.push_back(control);
        return control;
    }

    uno::Reference<awt::XControl> label(const std::string& text, sal_Int32 colour = -1,
                                        bool bold = false) {
        auto control =
            add("FixedText", {{"Label", uno::Any(fromUtf8(text))}, {"MultiLine", uno::Any(false)}});
        const uno::Reference<css::beans::XPropertySet> props(control->getModel(),
                                                             uno::UNO_QUERY_THROW);
        if (colour >= 0) props->setPropertyValue("TextColor", uno::Any(colour));
        if (bold) {
            css::awt::FontDescriptor font;
            font.Weight = 150.0f;
            props->setPropertyValue("FontDescriptor", uno::Any(font));
        }
        return control;
    }

    uno::Reference<awt::XControl> button(PanelLabel text, const char* command) {
        auto control = add("Button", {{"Label", uno::Any(fromUtf8(label(text)))}});
        const uno::Reference<awt::XButton> b(control, uno::UNO_QUERY_THROW);
        b->setActionCommand(OUString::createFromAscii(command));
        b->addActionListener(this);
        return control;
    }

    std::string label(PanelLabel which) const {
        return std::string(condtrack::label(which, language_));
    }

    // A list whose lines carry a coloured status square. The list kept from the
    // last refresh is reused when it has as many lines: only changed lines are
    // set again. Listens for selections once, when it is made.
    using Lines = std::vector<std::pair<std::string, std::string>>;
    uno::Reference<awt::XControl> list(const Lines& lines, sal_Int32 visibleLines) {
        uno::Reference<awt::XControl> control;
        if (keptList_.is() && keptLines_.size() == lines.size()) {
            control = keptList_;
            keptList_.clear();
            controls_.push_back(control);
            const uno::Reference<awt::XItemList> items(control->getModel(), uno::UNO_QUERY_THROW);
            for (std::size_t i = 0; i < lines.size(); ++i)
                if (lines[i] != keptLines_[i])
                    items->setItemTextAndImage(static_cast<sal_Int32>(i), fromUtf8(lines[i].first),
                                               fromUtf8(kIconFolder + lines[i].second));
        } else {
            control =
                add("ListBox", {{"Dropdown", uno::Any(false)}, {"Border", uno::Any(sal_Int16(1))}});
            const uno::Reference<awt::XItemList> items(control->getModel(), uno::UNO_QUERY_THROW);
            sal_Int32 position = 0;
            for (const auto& [text, icon] : lines)
                items->insertItem(position++, fromUtf8(text), fromUtf8(kIconFolder + icon));
            uno::Reference<awt::XListBox>(control, uno::UNO_QUERY_THROW)->addItemListener(this);
        }
        keptLines_ = lines;
        rows_.push_back({{control}, std::max<sal_Int32>(2, visibleLines) * kListLineHeight + 4});
        return control;
    }

    void line(const uno::Reference<awt::XControl>& control, sal_Int32 height = kLineHeight) {
        rows_.push_back({{control}, height});
    }

    void clearControls() {
        for (auto& control : controls_)
            if (control != keptList_) dispose(control);
        controls_.clear();
        rows_.clear();
        rowTargets_.clear();
        yearList_.clear();
        mainList_.clear();
    }

    sal_Int32 contentHeight() const {
        sal_Int32 height = kMargin;
        for (const auto& row : rows_)
            height += row.height + kMargin;
        return height;
    }

    void layout() {
        if (!window_.is() || disposed_) return;
        const auto area = parent_->getPosSize();
        window_->setPosSize(0, 0, area.Width, std::max(area.Height, contentHeight()),
                            awt::PosSize::POSSIZE);
        const sal_Int32 width = std::max<sal_Int32>(area.Width - 2 * kMargin, 60);
        sal_Int32 y = kMargin;
        for (const auto& row : rows_) {
            const auto count = static_cast<sal_Int32>(row.controls.size());
            const sal_Int32 each = (width - (count - 1) * kMargin) / count;
            const sal_Int32 wide =
                row.bar ? std::max<sal_Int32>(2, static_cast<sal_Int32>(each * *row.bar)) : each;
            for (sal_Int32 i = 0; i < count; ++i)
                uno::Reference<awt::XWindow>(row.controls[static_cast<std::size_t>(i)],
                                             uno::UNO_QUERY_THROW)
                    ->setPosSize(kMargin + i * (each + kMargin), y, wide, row.height,
                                 awt::PosSize::POSSIZE);
            y += row.height + kMargin;
        }
    }

    // --- content

    void build(const TrackerTables* read) {
        if (read == nullptr) return;
        const auto document = model();
        const TrackerTables& tables = *read;
        if (!hasTracker(tables)) {
            if (kind_ == PanelKind::Indicators) {
                line(add("FixedText", {{"Label", uno::Any(fromUtf8(label(PanelLabel::NoTracker)))},
                                       {"MultiLine", uno::Any(true)}}),
                     3 * kLineHeight);
                rows_.push_back({{button(PanelLabel::NewTracker, "NewTracker"),
                                  button(PanelLabel::ImportIati, "ImportIati")},
                                 kButtonHeight});
            }
            return;
        }
        const ReadResult result = readTracker(tables, documentNullDate(document), language_);
        if (!result.ok()) {
            line(label(label(PanelLabel::Malformed), kRed, true));
            for (std::size_t i = 0; i < result.problems.size() && i < 8; ++i)
                line(label(problemText(result.problems[i]), kRed));
            return;
        }
        const TrackerModel& tracker = *result.model;
        years_ = yearsOf(tracker);
        auto& state = decks()[frame_.get()];
        if (!state.year || std::find(years_.begin(), years_.end(), *state.year) == years_.end())
            state.year = defaultYear(tracker);
        const Date today = boost::gregorian::day_clock::local_day();
        switch (kind_) {
        case PanelKind::Indicators: buildIndicators(tracker, state.year.value_or(0)); break;
        case PanelKind::Tranches: buildTranches(tracker, state.year.value_or(0), today); break;
        case PanelKind::Calendar: buildCalendar(tracker, today); break;
        }
    }

    void buildIndicators(const TrackerModel& tracker, int year) {
        // Year selector and actions.
        auto yearLabel = label(label(PanelLabel::Year));
        uno::Sequence<OUString> names(static_cast<sal_Int32>(tracker.years.size()));
        uno::Sequence<sal_Int16> chosen(1);
        chosen.getArray()[0] = 0;
        for (std::size_t i = 0; i < tracker.years.size(); ++i) {
            names.getArray()[i] = fromUtf8(condtrack::yearLabel(tracker.years[i], language_));
            if (tracker.years[i].year == year) chosen.getArray()[0] = static_cast<sal_Int16>(i);
        }
        // Items and selection go through the model: a dropdown shows only those.
        yearList_ = add("ListBox", {{"Dropdown", uno::Any(true)},
                                    {"LineCount", uno::Any(sal_Int16(8))},
                                    {"StringItemList", uno::Any(names)},
                                    {"SelectedItems", uno::Any(chosen)}});
        const uno::Reference<awt::XListBox> years(yearList_, uno::UNO_QUERY_THROW);
        years->addItemListener(this);
        rows_.push_back({{yearLabel, yearList_}, kButtonHeight});
        rows_.push_back({{button(PanelLabel::RecordAssessment, "RecordAssessment"),
                          button(PanelLabel::CloseReview, "CloseReview")},
                         kButtonHeight});
        rows_.push_back({{button(PanelLabel::ReviewReport, "ReviewReport"),
                          button(PanelLabel::ExportIati, "ExportIati"),
                          button(PanelLabel::ImportIati, "ImportIati")},
                         kButtonHeight});

        const IndicatorsView view = indicatorsView(tracker, year, language_);
        line(label(std::to_string(view.count(IndicatorMark::Met)) + " " +
                   std::string(word(IndicatorMark::Met, language_)) + " · " +
                   std::to_string(view.count(IndicatorMark::Partial)) + " " +
                   std::string(word(IndicatorMark::Partial, language_)) + " · " +
                   std::to_string(view.count(IndicatorMark::NotMet)) + " " +
                   std::string(word(IndicatorMark::NotMet, language_)) + " · " +
                   std::to_string(view.count(IndicatorMark::Pending)) + " " +
                   std::string(word(IndicatorMark::Pending, language_))));
        Lines lines;
        for (const auto& row : view.rows) {
            std::string text = row.id + "  " + row.title + "  ";
            if (!row.scoreText.empty()) text += row.scoreText + "  ";
            text += row.markWord + "  (" + label(PanelLabel::Weight) + " " + row.weightText + ")";
            lines.emplace_back(text, iconFor(row.mark));
            rowTargets_.push_back({tracker.indicatorsAt.sheet, row.sheetRow, 0});
        }
        mainList_ = list(lines, std::min<sal_Int32>(static_cast<sal_Int32>(lines.size()), 16));
    }

    void buildTranches(const TrackerModel& tracker, int year, Date today) {
        const TranchesView view = tranchesView(tracker, year, today, language_);
        line(label(label(PanelLabel::Year) + " " + std::to_string(year), -1, true));
        for (const auto& tranche : view.tranches) {
            line(label(tranche.typeWord +
                           (tranche.blocked ? "  — " + label(PanelLabel::Blocked) : ""),
                       tranche.blocked ? kRed : -1, true));
            line(label(label(PanelLabel::Ceiling) + ": " + tranche.ceiling.text + "   " +
                       label(PanelLabel::Computed) + ": " + tranche.computed.text));
            line(label(label(PanelLabel::AtStake) + ": " + tranche.atStake.text + "   " +
                       label(PanelLabel::Transferred) + ": " + tranche.transferred.text + "   " +
                       label(PanelLabel::Disbursed) + ": " +
                       (tranche.disbursed ? tranche.disbursed->text : std::string("—"))));
            // A coloured label as the bar: a ProgressBar control runs the
            // event loop while it is created, which let refreshes nest.
            rows_.push_back({{add("FixedText", {{"Label", uno::Any(OUString())},
                                                {"BackgroundColor",
                                                 uno::Any(tranche.blocked ? kRed : kGreen)}})},
                             8,
                             tranche.bar});
            for (const auto& milestone : tranche.pendingMilestones)
                line(label("  " + milestone.id + " " + milestone.title + ": " +
                               milestone.statusWord +
                               (milestone.daysText.empty() ? "" : " (" + milestone.daysText + ")"),
                           milestone.status == MilestoneStatus::Overdue ? kRed : -1));
        }
        line(label(label(PanelLabel::Total) + ": " + label(PanelLabel::Ceiling) + " " +
                       view.totals.ceiling.text + " · " + label(PanelLabel::Computed) + " " +
                       view.totals.computed.text,
                   -1, true));
        line(label(label(PanelLabel::AtStake) + " " + view.totals.atStake.text + " · " +
                   label(PanelLabel::Transferred) + " " + view.totals.transferred.text + " · " +
                   label(PanelLabel::Disbursed) + " " + view.totals.disbursed.text));
    }

    void buildCalendar(const TrackerModel& tracker, Date today) {
        const CalendarView view = calendarView(tracker, today, language_);
        if (view.nextReview)
            line(label(label(PanelLabel::NextReview) + ": " + view.nextReview->dateText + " (" +
                           view.nextReview->daysText + ")",
                       -1, true));
        else
            line(label(label(PanelLabel::NoReview)));
        Lines lines;
        for (const auto& milestone : view.milestones) {
            lines.emplace_back(
                milestone.id + "  " + milestone.title + "  " + milestone.statusWord + "  " +
                    milestone.dueText +
                    (milestone.daysText.empty() ? "" : " (" + milestone.daysText + ")"),
                iconFor(milestone.status));
            rowTargets_.push_back({tracker.milestonesAt.sheet, milestone.sheetRow, 0});
        }
        line(label(label(PanelLabel::Milestones), -1, true));
        mainList_ = list(lines, std::min<sal_Int32>(static_cast<sal_Int32>(lines.size()), 10));
        line(label(label(PanelLabel::RequestDeadlines), -1, true));
        for (const auto& deadline : view.deadlines)
            line(label(deadline.trancheText + ": " + deadline.dateText + " — " +
                           deadline.statusWord + " (" + deadline.daysText + ")",
                       deadline.status == DeadlineStatus::Passed ? kRed : -1));
    }

    // --- actions

    void setYear(int year) {
        auto& state = decks()[frame_.get()];
        if (state.year == year) return;
        state.year = year;
        const std::set<Panel*> panels = state.panels; // refreshing may add or remove
        for (Panel* panel : panels)
            panel->refresh();
    }

    void runCommand(const std::string& command) {
        const uno::Reference<css::frame::XDispatchProvider> provider(frame_, uno::UNO_QUERY_THROW);
        css::util::URL url;
        url.Complete = fromUtf8("vnd.condtrack:" + command);
        css::util::URLTransformer::create(context_)->parseStrict(url);
        const auto dispatch = provider->queryDispatch(url, "", 0);
        if (!dispatch.is()) return;
        uno::Sequence<css::beans::PropertyValue> arguments;
        if (const auto year = decks()[frame_.get()].year) {
            arguments.realloc(1);
            arguments.getArray()[0].Name = "Year";
            arguments.getArray()[0].Value <<= static_cast<sal_Int32>(*year);
        }
        dispatch->dispatch(url, arguments);
    }

    void moveCursor(const CellTarget& target) {
        const auto controller = frame_->getController();
        const uno::Reference<css::sheet::XSpreadsheetDocument> document(controller->getModel(),
                                                                        uno::UNO_QUERY_THROW);
        const uno::Reference<css::sheet::XSpreadsheet> sheet(
            document->getSheets()->getByName(fromUtf8(target.sheet)), uno::UNO_QUERY_THROW);
        if (uno::Reference<css::sheet::XSpreadsheetView> view{controller, uno::UNO_QUERY};
            view.is())
            view->setActiveSheet(sheet);
        const auto cell = sheet->getCellByPosition(target.col, target.row);
        uno::Reference<css::view::XSelectionSupplier>(controller, uno::UNO_QUERY_THROW)
            ->select(uno::Any(cell));
    }

    PanelKind kind_;
    OUString url_;
    uno::Reference<uno::XComponentContext> context_;
    uno::Reference<css::frame::XFrame> frame_;
    uno::Reference<awt::XWindow> parent_;
    uno::Reference<css::ui::XSidebar> sidebar_;
    Language language_;
    uno::Reference<awt::XToolkit2> toolkit_;
    uno::Reference<awt::XWindow> window_;
    uno::Reference<css::util::XModifyBroadcaster> document_;
    std::vector<uno::Reference<awt::XControl>> controls_;
    std::vector<LayoutRow> rows_;
    std::vector<CellTarget> rowTargets_;
    std::vector<int> years_;
    uno::Reference<awt::XControl> yearList_;
    uno::Reference<awt::XControl> mainList_;
    uno::Reference<awt::XControl> keptList_; // the last list, while a refresh may reuse it
    Lines keptLines_;
    std::uint64_t signature_ = 0;
    bool built_ = false;
    bool refreshPending_ = false;
    bool disposed_ = false;
};

} // namespace

uno::Reference<css::ui::XUIElement>
createPanel(PanelKind kind, const OUString& resourceUrl,
            const uno::Reference<uno::XComponentContext>& context,
            const uno::Reference<css::frame::XFrame>& frame,
            const uno::Reference<awt::XWindow>& parentWindow,
            const uno::Reference<css::ui::XSidebar>& sidebar) {
    rtl::Reference<Panel> panel(
        new Panel(kind, resourceUrl, context, frame, parentWindow, sidebar));
    panel->start();
    return uno::Reference<css::ui::XUIElement>(panel.get());
}

} // namespace condtrack::uno
