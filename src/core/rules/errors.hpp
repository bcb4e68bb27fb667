#pragma once

#include <stdexcept>
#include <string>

namespace condtrack {

// The one error the core raises for bad input; the UNO layer turns it into
// IllegalArgumentException (Err:502) and logs its message.
class InvalidArgument : public std::invalid_argument {
  public:
    using std::invalid_argument::invalid_argument;
};

} // namespace condtrack
