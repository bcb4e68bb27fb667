#pragma once

// A small XML writer for data-oriented documents (IATI export): elements,
// attributes in the order the caller gives them, escaped text, two-space
// indentation, no mixed content. It refuses what XML 1.0 cannot carry
// (invalid UTF-8, control characters, bad names) with an InvalidArgument
// naming the element, so that a document it returns is always well-formed.
// Namespaces are the caller's business: "condtrack:tranche" is written as
// given and the caller adds the xmlns:condtrack attribute.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

class XmlWriter {
  public:
    struct Options {
        int indent = 2;          // spaces per level
        bool declaration = true; // <?xml version="1.0" encoding="UTF-8"?>
    };

    XmlWriter();
    explicit XmlWriter(Options options);

    // Starts an element inside the current one (or the root).
    XmlWriter& open(std::string_view name);
    // An attribute of the element just opened: before any content.
    XmlWriter& attribute(std::string_view name, std::string_view value);
    // Character data of the current element (an element holds text or
    // child elements, not both).
    XmlWriter& text(std::string_view text);
    // Closes the current element: <a/> when it is empty.
    XmlWriter& close();
    // open(name) + text(content) + close().
    XmlWriter& element(std::string_view name, std::string_view content);
    // A comment at the current position (not inside text).
    XmlWriter& comment(std::string_view text);

    std::size_t depth() const { return open_.size(); }
    // The document, ending with a newline; every element must be closed.
    std::string finish();

  private:
    struct Open {
        std::string name;
        bool startTagOpen = true; // "<name attr=..." written, ">" not yet
        bool hasChildren = false;
        bool hasText = false;
        std::vector<std::string> attributes;
    };

    void beginChildNode(const char* what);
    void newline(std::size_t level);

    Options options_;
    std::string out_;
    std::vector<Open> open_;
    bool rootDone_ = false;
    bool started_ = false;
};

// The shortest text that reads back as `value`, without an exponent (so it
// is an xsd:decimal): 14000000, 0.5, -3.25. -0 writes 0. A value that is not
// finite is an InvalidArgument.
std::string xmlDecimal(double value);

// Whether `name` is an XML name we write: ASCII letters, digits, '_', '-',
// '.', at most one ':' (not first or last), not starting with a digit, '-'
// or '.'; bytes >= 0x80 are accepted as name characters.
bool isXmlName(std::string_view name);

namespace xml_detail {
// Decodes the UTF-8 sequence at text[at], advancing `at` past it. False (and
// `at` unchanged) for a malformed, overlong or surrogate sequence, or one
// beyond U+10FFFF.
bool decodeUtf8(std::string_view text, std::size_t& at, char32_t& codePoint);
// The Char production of XML 1.0: tab, LF, CR and U+0020 and above, except
// the surrogates, U+FFFE and U+FFFF.
bool isXmlChar(char32_t codePoint);
// Appends the UTF-8 encoding of a valid code point.
void appendUtf8(std::string& out, char32_t codePoint);
// "U+0007", for messages.
std::string codePointName(char32_t codePoint);
} // namespace xml_detail

} // namespace condtrack
