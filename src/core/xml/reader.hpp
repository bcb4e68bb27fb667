#pragma once

// A small, safe XML reader: parses a whole document into a tree of elements
// (attributes, text, children) with their line numbers, or throws an
// XmlError naming the line and the element. No library: the extension may
// only link LibreOffice's libraries and the C/C++ runtime.
//
// What it reads: elements, attributes in either quote, text, CDATA sections,
// comments and processing instructions (skipped), the five predefined
// entities and numeric character references, a DOCTYPE (skipped; the entities
// it declares are not expanded, so a reference to one is an error), UTF-8
// (with or without a byte-order mark) and, converted to UTF-8, ISO-8859-1 and
// windows-1252 when the XML declaration says so. Namespaces are resolved:
// each element and attribute carries its namespace URI and local name.
//
// Hostile input can neither crash nor hang it: every step moves forward, the
// work is linear in the input, no entity expands to more than one character,
// and XmlLimits bounds the input size, the nesting depth (the parser keeps its
// own stack), the number of elements and the attributes per element.

#include "rules/errors.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

// A document that is not well-formed XML, or that exceeds the limits.
// what() reads "line 12: ..." and names the element concerned.
class XmlError : public InvalidArgument {
  public:
    XmlError(int line, const std::string& message);
    int line() const { return line_; }
    // The message without the "line N: " prefix.
    const std::string& detail() const { return detail_; }

  private:
    int line_;
    std::string detail_;
};

inline constexpr const char* kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

struct XmlAttribute {
    std::string name;         // as written: "xml:lang", "condtrack:tranche-year", "ref"
    std::string localName;    // "lang"
    std::string namespaceUri; // "" for an unprefixed attribute
    std::string value;        // entities replaced, whitespace normalised as XML says
};

struct XmlElement {
    std::string name;                     // as written, prefix included
    std::string localName;                // without the prefix
    std::string namespaceUri;             // "" when in no namespace
    std::vector<XmlAttribute> attributes; // in document order, xmlns declarations excluded
    std::vector<XmlElement> children;     // child elements in document order
    std::string text; // the character data directly inside (CDATA included), concatenated
    int line = 0;     // where the start tag begins

    // An unprefixed attribute by name; nullptr when absent.
    const std::string* attribute(std::string_view localName) const;
    // An attribute by namespace URI and local name.
    const std::string* attribute(std::string_view namespaceUri, std::string_view localName) const;
    // The first child element in no namespace with this name; nullptr when none.
    const XmlElement* child(std::string_view localName) const;
    const XmlElement* child(std::string_view namespaceUri, std::string_view localName) const;
    // Every child element in no namespace with this name, in order.
    std::vector<const XmlElement*> childrenNamed(std::string_view localName) const;
    std::vector<const XmlElement*> childrenNamed(std::string_view namespaceUri,
                                                 std::string_view localName) const;
    bool is(std::string_view namespaceUri, std::string_view localName) const {
        return this->namespaceUri == namespaceUri && this->localName == localName;
    }
};

struct XmlLimits {
    std::size_t maxBytes = 128u * 1024u * 1024u;
    std::size_t maxDepth = 256;
    std::size_t maxElements = 4'000'000;
    std::size_t maxAttributes = 256; // per element, namespace declarations included
};

// The root element of `document`.
XmlElement parseXml(std::string_view document, const XmlLimits& limits = {});

} // namespace condtrack
