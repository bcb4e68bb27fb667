#pragma once

// The Plural-Forms rule of a gettext catalogue header, e.g.
// "nplurals=2; plural=(n > 1);", evaluated for a count.

#include <string>
#include <string_view>

namespace condtrack {

class PluralForms {
  public:
    // Throws std::invalid_argument when the header is not a rule this
    // evaluator reads (C expressions over n: ?: || && == != < <= > >= + - * /
    // % ! and parentheses).
    explicit PluralForms(std::string_view header);

    int count() const { return count_; }
    // The form for n, always within [0, count()).
    int formFor(unsigned long n) const;

  private:
    int count_ = 2;
    std::string expression_;
};

// The value of a C-like expression over n, as gettext evaluates plural=.
unsigned long evaluatePlural(std::string_view expression, unsigned long n);

} // namespace condtrack
