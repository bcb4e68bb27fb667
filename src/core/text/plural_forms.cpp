#include "text/plural_forms.hpp"

#include <cctype>
#include <stdexcept>
#include <string>

namespace condtrack {

namespace {

// Recursive descent over gettext's grammar, lowest precedence first; every
// value is unsigned long, as in GNU gettext's own evaluator.
class Parser {
  public:
    Parser(std::string_view text, unsigned long n) : text_(text), n_(n) {}

    unsigned long whole() {
        const unsigned long value = conditional();
        skipSpace();
        if (at_ != text_.size()) fail("unexpected text");
        return value;
    }

  private:
    unsigned long conditional() {
        const unsigned long test = logicalOr();
        if (!accept("?")) return test;
        const unsigned long yes = conditional();
        if (!accept(":")) fail("':' expected");
        const unsigned long no = conditional();
        return test != 0 ? yes : no;
    }
    unsigned long logicalOr() {
        unsigned long value = logicalAnd();
        while (accept("||")) {
            const unsigned long right = logicalAnd();
            value = (value != 0 || right != 0) ? 1 : 0;
        }
        return value;
    }
    unsigned long logicalAnd() {
        unsigned long value = equality();
        while (accept("&&")) {
            const unsigned long right = equality();
            value = (value != 0 && right != 0) ? 1 : 0;
        }
        return value;
    }
    unsigned long equality() {
        unsigned long value = relation();
        for (;;) {
            if (accept("=="))
                value = value == relation() ? 1 : 0;
            else if (accept("!="))
                value = value != relation() ? 1 : 0;
            else
                return value;
        }
    }
    unsigned long relation() {
        unsigned long value = additive();
        for (;;) {
            if (accept("<="))
                value = value <= additive() ? 1 : 0;
            else if (accept(">="))
                value = value >= additive() ? 1 : 0;
            else if (accept("<"))
                value = value < additive() ? 1 : 0;
            else if (accept(">"))
                value = value > additive() ? 1 : 0;
            else
                return value;
        }
    }
    unsigned long additive() {
        unsigned long value = multiplicative();
        for (;;) {
            if (accept("+"))
                value += multiplicative();
            else if (accept("-"))
                value -= multiplicative();
            else
                return value;
        }
    }
    unsigned long multiplicative() {
        unsigned long value = unary();
        for (;;) {
            if (accept("*"))
                value *= unary();
            else if (accept("/"))
                value = divided(value, unary(), false);
            else if (accept("%"))
                value = divided(value, unary(), true);
            else
                return value;
        }
    }
    unsigned long unary() {
        if (accept("!")) return unary() == 0 ? 1 : 0;
        return primary();
    }
    unsigned long primary() {
        skipSpace();
        if (accept("(")) {
            const unsigned long value = conditional();
            if (!accept(")")) fail("')' expected");
            return value;
        }
        if (accept("n")) return n_;
        if (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])))
            return number();
        fail("number, n or '(' expected");
        return 0;
    }
    unsigned long number() {
        unsigned long value = 0;
        while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])))
            value = value * 10 + static_cast<unsigned long>(text_[at_++] - '0');
        return value;
    }
    unsigned long divided(unsigned long left, unsigned long right, bool remainder) const {
        if (right == 0) fail("division by zero");
        return remainder ? left % right : left / right;
    }
    // Takes `token` when it comes next; "<" is not taken from "<=", nor "!" from "!=".
    bool accept(std::string_view token) {
        skipSpace();
        if (text_.substr(at_, token.size()) != token) return false;
        const std::size_t after = at_ + token.size();
        if (token.size() == 1 && (token == "<" || token == ">" || token == "!") &&
            after < text_.size() && text_[after] == '=')
            return false;
        if (token.size() == 1 && (token == "|" || token == "&")) return false;
        at_ = after;
        return true;
    }
    void skipSpace() {
        while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_])))
            ++at_;
    }
    [[noreturn]] void fail(const char* what) const {
        throw std::invalid_argument("plural expression \"" + std::string(text_) + "\": " + what);
    }

    std::string_view text_;
    unsigned long n_;
    std::size_t at_ = 0;
};

// The text after `key` up to the next ';' (the rule itself has no ';').
std::string_view field(std::string_view header, std::string_view key) {
    const auto at = header.find(key);
    if (at == std::string_view::npos)
        throw std::invalid_argument("Plural-Forms without " + std::string(key));
    const auto start = at + key.size();
    const auto end = header.find(';', start);
    return header.substr(start, end == std::string_view::npos ? end : end - start);
}

} // namespace

unsigned long evaluatePlural(std::string_view expression, unsigned long n) {
    return Parser(expression, n).whole();
}

PluralForms::PluralForms(std::string_view header) {
    const std::string count(field(header, "nplurals="));
    count_ = std::stoi(count);
    if (count_ < 1 || count_ > 6) throw std::invalid_argument("nplurals out of range: " + count);
    expression_ = std::string(field(header, "plural="));
    (void)evaluatePlural(expression_, 0); // a rule that does not parse fails here, not later
}

int PluralForms::formFor(unsigned long n) const {
    const unsigned long form = evaluatePlural(expression_, n);
    return form < static_cast<unsigned long>(count_) ? static_cast<int>(form) : 0;
}

} // namespace condtrack
