#include "sidebar/row_layout.hxx"

#include <com/sun/star/awt/PosSize.hpp>

#include <algorithm>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

sal_Int32 RowLayout::contentHeight() const {
    sal_Int32 height = kMargin;
    for (const auto& row : rows_)
        height += row.height + kMargin;
    return height;
}

void RowLayout::arrange(const uno::Reference<awt::XWindow>& window,
                        const awt::Rectangle& area) const {
    window->setPosSize(0, 0, area.Width, std::max(area.Height, contentHeight()),
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

} // namespace condtrack::uno
