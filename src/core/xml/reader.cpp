#include "xml/reader.hpp"
#include "text/keys.hpp"

#include "xml/writer.hpp"

#include <cstdio>
#include <unordered_map>
#include <utility>

namespace condtrack {

XmlError::XmlError(int line, const std::string& message)
    : InvalidArgument("line " + std::to_string(line) + ": " + message), line_(line),
      detail_(message) {}

const std::string* XmlElement::attribute(std::string_view local) const {
    return attribute(std::string_view{}, local);
}

const std::string* XmlElement::attribute(std::string_view uri, std::string_view local) const {
    for (const auto& a : attributes)
        if (a.localName == local && a.namespaceUri == uri) return &a.value;
    return nullptr;
}

const XmlElement* XmlElement::child(std::string_view local) const {
    return child(std::string_view{}, local);
}

const XmlElement* XmlElement::child(std::string_view uri, std::string_view local) const {
    for (const auto& c : children)
        if (c.is(uri, local)) return &c;
    return nullptr;
}

std::vector<const XmlElement*> XmlElement::childrenNamed(std::string_view local) const {
    return childrenNamed(std::string_view{}, local);
}

std::vector<const XmlElement*> XmlElement::childrenNamed(std::string_view uri,
                                                         std::string_view local) const {
    std::vector<const XmlElement*> found;
    for (const auto& c : children)
        if (c.is(uri, local)) found.push_back(&c);
    return found;
}

namespace {

constexpr const char* kXmlnsNamespace = "http://www.w3.org/2000/xmlns/";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string byteName(unsigned char b) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", b);
    return buffer;
}

// windows-1252's 0x80-0x9F; 0 where the code page leaves a hole.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

enum class Encoding { Utf8, Latin1, Cp1252 };

struct PseudoAttribute {
    std::string name, value;
};

// The pseudo-attributes of an XML declaration "<?xml ... ?>" (without the
// delimiters); throws on a malformed one.
std::vector<PseudoAttribute> declarationAttributes(std::string_view body) {
    std::vector<PseudoAttribute> out;
    std::size_t i = 0;
    while (true) {
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i >= body.size()) break;
        std::size_t start = i;
        while (i < body.size() && !isSpace(body[i]) && body[i] != '=')
            ++i;
        std::string name(body.substr(start, i - start));
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i >= body.size() || body[i] != '=')
            throw XmlError(1, "the XML declaration is malformed near \"" + name + "\"");
        ++i;
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i >= body.size() || (body[i] != '"' && body[i] != '\''))
            throw XmlError(1, "the XML declaration's " + name + " is not quoted");
        const char quote = body[i++];
        start = i;
        while (i < body.size() && body[i] != quote)
            ++i;
        if (i >= body.size()) throw XmlError(1, "the XML declaration's " + name + " is not closed");
        out.push_back({name, std::string(body.substr(start, i - start))});
        ++i;
    }
    return out;
}

Encoding declaredEncoding(std::string_view doc) {
    if (doc.size() < 6 || doc.substr(0, 5) != "<?xml" || !isSpace(doc[5])) return Encoding::Utf8;
    const std::size_t end = doc.find("?>");
    if (end == std::string_view::npos || end > 4096)
        throw XmlError(1, "the XML declaration <?xml ... ?> is not closed");
    const auto attributes = declarationAttributes(doc.substr(5, end - 5));
    bool version = false;
    for (const auto& a : attributes) {
        if (a.name == "version") {
            if (a.value.size() < 3 || a.value.substr(0, 2) != "1.")
                throw XmlError(1, "XML version " + a.value + " is not supported (1.0 is)");
            version = true;
        } else if (a.name == "encoding") {
            const std::string e = lowerAscii(a.value);
            if (e == "utf-8" || e == "utf8" || e == "us-ascii" || e == "ascii") continue;
            if (e == "iso-8859-1" || e == "iso8859-1" || e == "iso_8859-1" || e == "latin1" ||
                e == "latin-1" || e == "l1")
                return Encoding::Latin1;
            if (e == "windows-1252" || e == "cp1252") return Encoding::Cp1252;
            throw XmlError(1, "the file declares the encoding " + a.value +
                                  ", which is not supported: save it as UTF-8");
        } else if (a.name != "standalone") {
            throw XmlError(1, "the XML declaration has an unknown item \"" + a.name + "\"");
        }
    }
    if (!version) throw XmlError(1, "the XML declaration has no version");
    return Encoding::Utf8;
}

std::string toUtf8(std::string_view doc, Encoding encoding) {
    std::string out;
    out.reserve(doc.size() + doc.size() / 8);
    std::size_t line = 1;
    for (const char ch : doc) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\n') ++line;
        if (b < 0x80) {
            out += ch;
        } else if (encoding == Encoding::Cp1252 && b < 0xA0) {
            const char16_t c = kCp1252High[b - 0x80];
            if (c == 0)
                throw XmlError(static_cast<int>(line),
                               "byte " + byteName(b) + " has no meaning in windows-1252");
            xml_detail::appendUtf8(out, c);
        } else {
            xml_detail::appendUtf8(out, b);
        }
    }
    return out;
}

class Parser {
  public:
    Parser(std::string_view doc, const XmlLimits& limits) : s_(doc), limits_(limits) {}

    // Parses the whole document.
    XmlElement document() {
        prolog();
        if (p_ >= s_.size()) {
            if (sawAnything_) throw error("the document has no root element");
            throw error("the document is empty: no root element");
        }
        element(); // the root, then its content
        content();
        epilog();
        return std::move(root_);
    }

    // For a document whose bytes are bad at `end`: parses what comes before
    // and says which element holds the bad byte ("" when none).
    std::string elementAt(std::size_t end) {
        s_ = s_.substr(0, end);
        try {
            prolog();
            if (p_ < s_.size()) {
                element();
                content();
            }
        } catch (const XmlError&) {
        }
        if (pendingName_.size()) return pendingName_;
        return stack_.empty() ? std::string() : stack_.back().element->name;
    }

  private:
    struct Frame {
        XmlElement* element;
        std::vector<std::string> declared; // prefixes bound by this element
    };

    XmlError error(const std::string& message) { return XmlError(lineAt(p_), message); }

    std::string where() const {
        return stack_.empty() ? std::string() : " in <" + stack_.back().element->name + ">";
    }

    int lineAt(std::size_t pos) {
        if (pos < linePos_) {
            linePos_ = 0;
            line_ = 1;
        }
        for (; linePos_ < pos && linePos_ < s_.size(); ++linePos_) {
            const char c = s_[linePos_];
            if (c == '\n' || (c == '\r' && (linePos_ + 1 >= s_.size() || s_[linePos_ + 1] != '\n')))
                ++line_;
        }
        return line_;
    }

    bool startsWith(std::string_view prefix) const {
        return s_.size() - p_ >= prefix.size() && s_.substr(p_, prefix.size()) == prefix;
    }

    void skipSpace() {
        while (p_ < s_.size() && isSpace(s_[p_]))
            ++p_;
    }

    // XML declaration, comments, PIs, a DOCTYPE, whitespace; stops at the root.
    void prolog() {
        if (startsWith("<?xml") && p_ + 5 < s_.size() && isSpace(s_[p_ + 5])) {
            const std::size_t end = s_.find("?>", p_);
            p_ = end == std::string_view::npos ? s_.size() : end + 2;
            sawAnything_ = true;
        }
        bool doctype = false;
        while (true) {
            skipSpace();
            if (p_ >= s_.size()) return;
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?")) {
                processingInstruction();
            } else if (startsWith("<!DOCTYPE")) {
                if (doctype) throw error("a second DOCTYPE");
                doctype = true;
                skipDoctype();
            } else if (s_[p_] == '<') {
                return;
            } else {
                throw error(sawAnything_ ? "text before the root element"
                                         : "this is not XML: it starts with text, not an element");
            }
            sawAnything_ = true;
        }
    }

    void epilog() {
        while (true) {
            skipSpace();
            if (p_ >= s_.size()) return;
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?")) {
                processingInstruction();
            } else if (s_[p_] == '<') {
                const std::size_t start = p_ + 1;
                std::size_t end = start;
                while (end < s_.size() && !isSpace(s_[end]) && s_[end] != '>' && s_[end] != '/')
                    ++end;
                throw error("a second root element <" + std::string(s_.substr(start, end - start)) +
                            "> after <" + root_.name + ">");
            } else {
                throw error("text after the root element <" + root_.name + ">");
            }
        }
    }

    void comment() {
        const std::size_t start = p_;
        p_ += 4;
        const std::size_t end = s_.find("--", p_);
        if (end == std::string_view::npos) {
            p_ = start;
            throw error("a comment" + where() + " is not closed with -->");
        }
        if (end + 2 >= s_.size() || s_[end + 2] != '>') {
            p_ = end;
            throw error("\"--\" inside a comment" + where());
        }
        p_ = end + 3;
    }

    void processingInstruction() {
        const std::size_t start = p_;
        p_ += 2;
        const std::size_t nameStart = p_;
        while (p_ < s_.size() && !isSpace(s_[p_]) && !startsWith("?>"))
            ++p_;
        const std::string target(s_.substr(nameStart, p_ - nameStart));
        if (!isXmlName(target)) {
            p_ = start;
            throw error("a processing instruction" + where() + " has no valid target");
        }
        if (lowerAscii(target) == "xml") {
            p_ = start;
            throw error("the XML declaration <?xml ... ?> may only begin the document");
        }
        const std::size_t end = s_.find("?>", p_);
        if (end == std::string_view::npos) {
            p_ = start;
            throw error("the processing instruction <?" + target + where() +
                        " is not closed with ?>");
        }
        p_ = end + 2;
    }

    // Skips <!DOCTYPE ...> with its internal subset; what it declares is
    // ignored (entities are never expanded).
    void skipDoctype() {
        const std::size_t start = p_;
        p_ += 9;
        int brackets = 0;
        while (p_ < s_.size()) {
            const char c = s_[p_];
            if (c == '"' || c == '\'') {
                const std::size_t end = s_.find(c, p_ + 1);
                if (end == std::string_view::npos) break;
                p_ = end + 1;
            } else if (startsWith("<!--")) {
                comment();
            } else if (c == '[') {
                ++brackets, ++p_;
            } else if (c == ']') {
                --brackets, ++p_;
            } else if (c == '>' && brackets <= 0) {
                ++p_;
                return;
            } else {
                ++p_;
            }
        }
        p_ = start;
        throw error("the DOCTYPE is not closed");
    }

    std::string name(const char* what) {
        const std::size_t start = p_;
        while (p_ < s_.size() && !isSpace(s_[p_]) && s_[p_] != '>' && s_[p_] != '/' &&
               s_[p_] != '=' && s_[p_] != '<' && s_[p_] != '"' && s_[p_] != '\'' && s_[p_] != '&' &&
               s_[p_] != '?')
            ++p_;
        std::string_view n = s_.substr(start, p_ - start);
        if (!isXmlName(n)) {
            p_ = start;
            if (n.empty()) throw error(std::string("expected ") + what + where());
            throw error("\"" + std::string(n) + "\" is not a valid " + what + where());
        }
        return std::string(n);
    }

    // &...; at p_, appended to out.
    void reference(std::string& out) {
        const std::size_t start = p_;
        ++p_;
        if (p_ < s_.size() && s_[p_] == '#') {
            ++p_;
            const bool hex = p_ < s_.size() && s_[p_] == 'x';
            if (hex) ++p_;
            char32_t value = 0;
            std::size_t digits = 0;
            bool tooBig = false;
            while (p_ < s_.size() && s_[p_] != ';') {
                const char c = s_[p_];
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0) break;
                if (!tooBig) value = value * (hex ? 16 : 10) + static_cast<char32_t>(d);
                if (value > 0x10FFFF) tooBig = true;
                ++digits, ++p_;
            }
            if (p_ >= s_.size() || s_[p_] != ';' || digits == 0) {
                p_ = start;
                throw error("a malformed character reference" + where() +
                            " (expected &#NNN; or &#xHHH;)");
            }
            ++p_;
            if (tooBig || !xml_detail::isXmlChar(value)) {
                p_ = start;
                const std::size_t end = s_.find(';', start);
                throw error(
                    "the character reference " + std::string(s_.substr(start, end - start + 1)) +
                    where() + " (" +
                    (tooBig ? std::string("beyond U+10FFFF") : xml_detail::codePointName(value)) +
                    ") is not an XML character");
            }
            xml_detail::appendUtf8(out, value);
            return;
        }
        const std::size_t nameStart = p_;
        while (p_ < s_.size() && s_[p_] != ';' && p_ - nameStart < 64 && !isSpace(s_[p_]) &&
               s_[p_] != '<' && s_[p_] != '&')
            ++p_;
        if (p_ >= s_.size() || s_[p_] != ';') {
            p_ = start;
            throw error("a bare \"&\"" + where() + " (write &amp;)");
        }
        const std::string_view entity = s_.substr(nameStart, p_ - nameStart);
        ++p_;
        if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "amp")
            out += '&';
        else if (entity == "apos")
            out += '\'';
        else if (entity == "quot")
            out += '"';
        else {
            p_ = start;
            throw error("the entity &" + std::string(entity) + ";" + where() +
                        " is not defined (only &lt; &gt; &amp; &apos; &quot; and character "
                        "references are)");
        }
    }

    // A start tag at p_ ("<name"): adds the element and descends into it
    // unless it is empty.
    void element() {
        const std::size_t tagStart = p_;
        const int line = lineAt(p_);
        ++p_;
        pendingName_ = name("element name");
        if (stack_.size() + 1 > limits_.maxDepth)
            throw error("<" + pendingName_ + "> is nested deeper than " +
                        std::to_string(limits_.maxDepth) + " levels");
        if (++elements_ > limits_.maxElements)
            throw error("more than " + std::to_string(limits_.maxElements) + " elements (at <" +
                        pendingName_ + ">)");
        XmlElement el;
        el.name = pendingName_;
        el.line = line;
        std::vector<std::pair<std::string, std::string>> raw;
        bool empty = false;
        while (true) {
            const std::size_t before = p_;
            skipSpace();
            if (p_ >= s_.size()) {
                p_ = tagStart;
                throw error("the start tag <" + el.name + " is not closed with >");
            }
            if (s_[p_] == '>') {
                ++p_;
                break;
            }
            if (startsWith("/>")) {
                p_ += 2;
                empty = true;
                break;
            }
            if (p_ == before)
                throw error("<" + el.name + "> needs a space before its next attribute");
            const std::string attrName = name(("attribute name in <" + el.name + ">").c_str());
            skipSpace();
            if (p_ >= s_.size() || s_[p_] != '=')
                throw error("attribute " + attrName + " of <" + el.name + "> has no value");
            ++p_;
            skipSpace();
            if (p_ >= s_.size() || (s_[p_] != '"' && s_[p_] != '\''))
                throw error("the value of attribute " + attrName + " of <" + el.name +
                            "> is not quoted");
            const char quote = s_[p_++];
            std::string value;
            while (true) {
                if (p_ >= s_.size()) {
                    p_ = tagStart;
                    throw error("the value of attribute " + attrName + " of <" + el.name +
                                "> is not closed");
                }
                const char c = s_[p_];
                if (c == quote) {
                    ++p_;
                    break;
                }
                if (c == '<')
                    throw error("\"<\" in the value of attribute " + attrName + " of <" + el.name +
                                "> (write &lt;)");
                if (c == '&') {
                    reference(value);
                } else if (c == '\r') {
                    value += ' ';
                    ++p_;
                    if (p_ < s_.size() && s_[p_] == '\n') ++p_;
                } else if (c == '\n' || c == '\t') {
                    value += ' ';
                    ++p_;
                } else {
                    value += c;
                    ++p_;
                }
            }
            for (const auto& existing : raw)
                if (existing.first == attrName)
                    throw error("attribute " + attrName + " appears twice on <" + el.name + ">");
            if (raw.size() + 1 > limits_.maxAttributes)
                throw error("<" + el.name + "> has more than " +
                            std::to_string(limits_.maxAttributes) + " attributes");
            raw.emplace_back(attrName, std::move(value));
        }

        // Namespaces: declarations first, then resolve the names.
        Frame frame{nullptr, {}};
        for (const auto& [attrName, value] : raw) {
            std::string prefix;
            if (attrName == "xmlns")
                prefix = "";
            else if (attrName.compare(0, 6, "xmlns:") == 0)
                prefix = attrName.substr(6);
            else
                continue;
            if (prefix == "xml" ? value != kXmlNamespace : value == kXmlNamespace)
                throw error("<" + el.name + "> binds the reserved prefix or namespace of xml");
            if (prefix == "xmlns") throw error("<" + el.name + "> declares the prefix xmlns");
            if (!prefix.empty() && value.empty())
                throw error("<" + el.name + "> undeclares the prefix " + prefix +
                            ", which XML 1.0 does not allow");
            bindings_[prefix].push_back(value);
            frame.declared.push_back(prefix);
        }
        // Bindings are in place before any error below, so that unwinding
        // them stays balanced.
        struct Unbind {
            Parser* parser;
            Frame* frame;
            bool active = true;
            ~Unbind() {
                if (active) parser->unbind(*frame);
            }
        } guard{this, &frame};

        const auto [elPrefix, elLocal] = split(el.name);
        el.localName = elLocal;
        el.namespaceUri = resolve(elPrefix, true, "element <" + el.name + ">");
        for (auto& [attrName, value] : raw) {
            if (attrName == "xmlns" || attrName.compare(0, 6, "xmlns:") == 0) continue;
            const auto [prefix, local] = split(attrName);
            XmlAttribute a;
            a.name = attrName;
            a.localName = local;
            a.namespaceUri =
                prefix.empty()
                    ? std::string()
                    : resolve(prefix, false, "attribute " + attrName + " of <" + el.name + ">");
            for (const auto& existing : el.attributes)
                if (existing.localName == a.localName && existing.namespaceUri == a.namespaceUri)
                    throw error("attributes " + existing.name + " and " + a.name + " of <" +
                                el.name + "> are the same attribute");
            a.value = std::move(value);
            el.attributes.push_back(std::move(a));
        }

        XmlElement* placed;
        if (stack_.empty()) {
            root_ = std::move(el);
            placed = &root_;
        } else {
            auto& siblings = stack_.back().element->children;
            siblings.push_back(std::move(el));
            placed = &siblings.back();
        }
        pendingName_.clear();
        guard.active = false;
        if (empty) {
            unbind(frame);
        } else {
            frame.element = placed;
            stack_.push_back(std::move(frame));
        }
    }

    void unbind(const Frame& frame) {
        for (const auto& prefix : frame.declared) {
            auto it = bindings_.find(prefix);
            if (it != bindings_.end() && !it->second.empty()) it->second.pop_back();
        }
    }

    static std::pair<std::string, std::string> split(const std::string& qname) {
        const std::size_t colon = qname.find(':');
        if (colon == std::string::npos) return {std::string(), qname};
        return {qname.substr(0, colon), qname.substr(colon + 1)};
    }

    std::string resolve(const std::string& prefix, bool element, const std::string& what) {
        if (prefix == "xml") return kXmlNamespace;
        if (prefix == "xmlns") throw error(what + " uses the reserved prefix xmlns");
        const auto it = bindings_.find(prefix);
        if (it == bindings_.end() || it->second.empty()) {
            if (prefix.empty()) return std::string(); // no default namespace
            throw error("the prefix " + prefix + " of " + what + " is not declared");
        }
        if (prefix.empty() && !element) return std::string();
        return it->second.back();
    }

    // The content of the open elements, until the root closes.
    void content() {
        while (!stack_.empty()) {
            XmlElement& current = *stack_.back().element;
            if (p_ >= s_.size())
                throw error("the document ends inside <" + current.name + "> (opened at line " +
                            std::to_string(current.line) + ")");
            const char c = s_[p_];
            if (c == '<') {
                if (startsWith("</")) {
                    endTag();
                } else if (startsWith("<!--")) {
                    comment();
                } else if (startsWith("<![CDATA[")) {
                    cdata(current.text);
                } else if (startsWith("<?")) {
                    processingInstruction();
                } else if (startsWith("<!")) {
                    throw error("unexpected \"<!\" in <" + current.name + ">");
                } else {
                    element();
                }
            } else if (c == '&') {
                reference(current.text);
            } else {
                text(current.text);
            }
        }
    }

    void text(std::string& out) {
        while (p_ < s_.size()) {
            const char c = s_[p_];
            if (c == '<' || c == '&') return;
            if (c == ']' && startsWith("]]>")) throw error("\"]]>\" in the text" + where());
            if (c == '\r') {
                out += '\n';
                ++p_;
                if (p_ < s_.size() && s_[p_] == '\n') ++p_;
            } else {
                out += c;
                ++p_;
            }
        }
    }

    void cdata(std::string& out) {
        const std::size_t start = p_;
        p_ += 9;
        const std::size_t end = s_.find("]]>", p_);
        if (end == std::string_view::npos) {
            p_ = start;
            throw error("a CDATA section" + where() + " is not closed with ]]>");
        }
        for (; p_ < end; ++p_) {
            if (s_[p_] == '\r') {
                out += '\n';
                if (p_ + 1 < end && s_[p_ + 1] == '\n') ++p_;
            } else {
                out += s_[p_];
            }
        }
        p_ = end + 3;
    }

    void endTag() {
        const std::size_t start = p_;
        p_ += 2;
        const std::string n = name("element name in an end tag");
        skipSpace();
        if (p_ >= s_.size() || s_[p_] != '>') throw error("the end tag </" + n + " is not closed");
        ++p_;
        const Frame& frame = stack_.back();
        if (n != frame.element->name) {
            p_ = start;
            throw error("the end tag </" + n + "> does not match <" + frame.element->name +
                        "> (opened at line " + std::to_string(frame.element->line) + ")");
        }
        unbind(frame);
        stack_.pop_back();
    }

    std::string_view s_;
    XmlLimits limits_;
    std::size_t p_ = 0;
    std::size_t linePos_ = 0;
    int line_ = 1;
    bool sawAnything_ = false;
    std::size_t elements_ = 0;
    XmlElement root_;
    std::vector<Frame> stack_;
    std::unordered_map<std::string, std::vector<std::string>> bindings_;
    std::string pendingName_; // the element whose start tag is being read
};

// The offset of the first byte that is not valid UTF-8 or not an XML
// character, and what is wrong with it; npos when the document is clean.
std::pair<std::size_t, std::string> firstBadCharacter(std::string_view doc) {
    std::size_t i = 0;
    while (i < doc.size()) {
        const auto b = static_cast<unsigned char>(doc[i]);
        if (b >= 0x20 && b < 0x80) {
            ++i;
            continue;
        }
        const std::size_t at = i;
        char32_t c = 0;
        if (!xml_detail::decodeUtf8(doc, i, c))
            return {at, "byte " + byteName(b) +
                            " is not valid UTF-8 (save the file as UTF-8, or declare its "
                            "encoding in the XML declaration)"};
        if (!xml_detail::isXmlChar(c))
            return {at, "the character " + xml_detail::codePointName(c) + " is not allowed in XML"};
    }
    return {std::string_view::npos, {}};
}

} // namespace

XmlElement parseXml(std::string_view document, const XmlLimits& limits) {
    if (document.size() > limits.maxBytes)
        throw XmlError(1,
                       "the document is larger than " + std::to_string(limits.maxBytes) + " bytes");
    if (document.size() >= 2 && ((document[0] == '\xFE' && document[1] == '\xFF') ||
                                 (document[0] == '\xFF' && document[1] == '\xFE')))
        throw XmlError(1, "the file is in UTF-16: save it as UTF-8");
    if (document.size() >= 4 && ((document[0] == '<' && document[1] == '\0') ||
                                 (document[0] == '\0' && document[1] == '<')))
        throw XmlError(1, "the file is in UTF-16: save it as UTF-8");
    if (document.size() >= 3 && document.substr(0, 3) == "\xEF\xBB\xBF") document.remove_prefix(3);

    std::string converted;
    const Encoding encoding = declaredEncoding(document);
    if (encoding != Encoding::Utf8) {
        converted = toUtf8(document, encoding);
        document = converted;
    }

    const auto [bad, why] = firstBadCharacter(document);
    if (bad != std::string_view::npos) {
        Parser probe(document, limits);
        const std::string inside = probe.elementAt(bad);
        int line = 1;
        for (std::size_t i = 0; i < bad; ++i)
            if (document[i] == '\n' ||
                (document[i] == '\r' && (i + 1 >= document.size() || document[i + 1] != '\n')))
                ++line;
        throw XmlError(line, (inside.empty() ? std::string() : "in <" + inside + ">: ") + why);
    }
    return Parser(document, limits).document();
}

} // namespace condtrack
