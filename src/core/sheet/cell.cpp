#include "sheet/cell.hpp"

namespace condtrack {

std::string describe(Shape s) {
    return std::to_string(s.rows) + "x" + std::to_string(s.cols);
}

} // namespace condtrack
