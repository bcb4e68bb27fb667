#include "xml/writer.hpp"

#include "rules/errors.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace condtrack {

namespace xml_detail {

bool decodeUtf8(std::string_view text, std::size_t& at, char32_t& codePoint) {
    const std::size_t n = text.size();
    if (at >= n) return false;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(at);
    if (b0 < 0x80) {
        codePoint = b0;
        ++at;
        return true;
    }
    std::size_t length = 0;
    char32_t cp = 0, min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return false;
    }
    if (at + length > n) return false;
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char b = byte(at + k);
        if ((b & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    codePoint = cp;
    at += length;
    return true;
}

bool isXmlChar(char32_t c) {
    if (c < 0x20) return c == 0x9 || c == 0xA || c == 0xD;
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    if (c == 0xFFFE || c == 0xFFFF) return false;
    return c <= 0x10FFFF;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string codePointName(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

} // namespace xml_detail

namespace {

using xml_detail::codePointName;
using xml_detail::decodeUtf8;
using xml_detail::isXmlChar;

// Escapes `text` for content (attribute = false) or a double-quoted attribute
// value, refusing what XML cannot carry. `where` names the place for messages.
void appendEscaped(std::string& out, std::string_view text, bool attribute,
                   const std::string& where) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        char32_t c = 0;
        if (!decodeUtf8(text, i, c))
            throw InvalidArgument(where + " is not valid UTF-8 (byte " + std::to_string(start + 1) +
                                  ")");
        if (!isXmlChar(c))
            throw InvalidArgument(where + " contains " + codePointName(c) +
                                  ", which XML cannot carry");
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"':
            if (attribute)
                out += "&quot;";
            else
                out += '"';
            break;
        case '\r': out += "&#13;"; break;
        case '\n':
            if (attribute)
                out += "&#10;";
            else
                out += '\n';
            break;
        case '\t':
            if (attribute)
                out += "&#9;";
            else
                out += '\t';
            break;
        default: out.append(text.data() + start, i - start);
        }
    }
}

bool isNameStart(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}

bool isNameChar(unsigned char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

} // namespace

bool isXmlName(std::string_view name) {
    if (name.empty() || !isNameStart(static_cast<unsigned char>(name[0]))) return false;
    std::size_t colons = 0;
    for (std::size_t i = 1; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == ':') {
            if (++colons > 1 || i + 1 == name.size()) return false;
            if (!isNameStart(static_cast<unsigned char>(name[i + 1]))) return false;
        } else if (!isNameChar(c)) {
            return false;
        }
    }
    // Bytes >= 0x80 must still form valid UTF-8.
    std::size_t i = 0;
    char32_t c = 0;
    while (i < name.size())
        if (!decodeUtf8(name, i, c)) return false;
    return true;
}

XmlWriter::XmlWriter() : XmlWriter(Options{}) {}

XmlWriter::XmlWriter(Options options) : options_(options) {
    if (options_.indent < 0 || options_.indent > 16)
        throw InvalidArgument("XML indentation must be 0 to 16 spaces");
}

void XmlWriter::newline(std::size_t level) {
    out_ += '\n';
    out_.append(level * static_cast<std::size_t>(options_.indent), ' ');
}

void XmlWriter::beginChildNode(const char* what) {
    if (!started_) {
        started_ = true;
        if (options_.declaration) out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    }
    if (open_.empty()) {
        if (!out_.empty()) out_ += '\n';
        return;
    }
    Open& parent = open_.back();
    if (parent.hasText)
        throw InvalidArgument(std::string("cannot write ") + what + " inside <" + parent.name +
                              ">, which already holds text (mixed content)");
    if (parent.startTagOpen) {
        out_ += '>';
        parent.startTagOpen = false;
    }
    parent.hasChildren = true;
    newline(open_.size());
}

XmlWriter& XmlWriter::open(std::string_view name) {
    if (!isXmlName(name))
        throw InvalidArgument("\"" + std::string(name) + "\" is not an XML element name");
    if (open_.empty() && rootDone_)
        throw InvalidArgument("an XML document has one root element: <" + std::string(name) +
                              "> would be a second one");
    beginChildNode(("<" + std::string(name) + ">").c_str());
    out_ += '<';
    out_ += name;
    Open element;
    element.name = std::string(name);
    open_.push_back(std::move(element));
    return *this;
}

XmlWriter& XmlWriter::attribute(std::string_view name, std::string_view value) {
    if (open_.empty() || !open_.back().startTagOpen || open_.back().hasChildren)
        throw InvalidArgument("attribute " + std::string(name) +
                              " comes after the element's content or outside any element");
    Open& element = open_.back();
    if (!isXmlName(name))
        throw InvalidArgument("\"" + std::string(name) + "\" is not an XML attribute name (on <" +
                              element.name + ">)");
    for (const auto& existing : element.attributes)
        if (existing == name)
            throw InvalidArgument("attribute " + std::string(name) + " is given twice on <" +
                                  element.name + ">");
    element.attributes.emplace_back(name);
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    appendEscaped(out_, value, true,
                  "attribute " + std::string(name) + " of <" + element.name + ">");
    out_ += '"';
    return *this;
}

XmlWriter& XmlWriter::text(std::string_view content) {
    if (open_.empty()) throw InvalidArgument("text outside the root element");
    Open& element = open_.back();
    if (element.hasChildren)
        throw InvalidArgument("cannot write text inside <" + element.name +
                              ">, which already holds elements (mixed content)");
    if (content.empty()) return *this;
    if (element.startTagOpen) {
        out_ += '>';
        element.startTagOpen = false;
    }
    element.hasText = true;
    appendEscaped(out_, content, false, "the text of <" + element.name + ">");
    return *this;
}

XmlWriter& XmlWriter::close() {
    if (open_.empty()) throw InvalidArgument("no open XML element to close");
    Open element = std::move(open_.back());
    open_.pop_back();
    if (element.startTagOpen) {
        out_ += "/>";
    } else {
        if (element.hasChildren) newline(open_.size());
        out_ += "</";
        out_ += element.name;
        out_ += '>';
    }
    if (open_.empty()) rootDone_ = true;
    return *this;
}

XmlWriter& XmlWriter::element(std::string_view name, std::string_view content) {
    return open(name).text(content).close();
}

XmlWriter& XmlWriter::comment(std::string_view content) {
    if (content.find("--") != std::string_view::npos || (!content.empty() && content.back() == '-'))
        throw InvalidArgument("an XML comment cannot contain \"--\" or end with \"-\"");
    beginChildNode("a comment");
    out_ += "<!--";
    std::size_t i = 0;
    while (i < content.size()) {
        const std::size_t start = i;
        char32_t c = 0;
        if (!decodeUtf8(content, i, c) || !isXmlChar(c))
            throw InvalidArgument("a comment holds a character XML cannot carry");
        out_.append(content.data() + start, i - start);
    }
    out_ += "-->";
    return *this;
}

std::string XmlWriter::finish() {
    if (!open_.empty()) throw InvalidArgument("<" + open_.back().name + "> is not closed");
    if (!rootDone_) throw InvalidArgument("the XML document has no root element");
    std::string result = std::move(out_);
    result += '\n';
    out_.clear();
    return result;
}

std::string xmlDecimal(double value) {
    if (!std::isfinite(value))
        throw InvalidArgument("a number that is not finite cannot be written");
    if (value == 0.0) return "0"; // and -0
    char buffer[512];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        throw InvalidArgument("the number cannot be written"); // cannot happen for finite doubles
    return std::string(buffer, result.ptr);
}

} // namespace condtrack
