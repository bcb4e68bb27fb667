// The XML reader (src/core/xml_reader.hpp): what it reads, the errors it
// reports with their line and element, and hostile input.

#include "xml/reader.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>

using namespace condtrack;

namespace {

// The XmlError `xml` raises; fails the test when it parses.
XmlError errorOf(const std::string& xml, const XmlLimits& limits = {}) {
    try {
        parseXml(xml, limits);
    } catch (const XmlError& e) {
        return e;
    }
    ADD_FAILURE() << "parsed without error: " << xml.substr(0, 200);
    return XmlError(0, "none");
}

} // namespace

#define EXPECT_XML_ERROR(xml, line_, fragment)                                                     \
    do {                                                                                           \
        const XmlError e_ = errorOf(xml);                                                          \
        EXPECT_EQ(e_.line(), line_) << e_.what();                                                  \
        EXPECT_NE(std::string(e_.what()).find(fragment), std::string::npos) << e_.what();          \
    } while (false)

// --- What it reads --------------------------------------------------------------

TEST(XmlReader, ReadsElementsAttributesAndText) {
    const XmlElement root = parseXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<a x=\"1\" y='two' z = \"3\">\n"
                                     "  <b>hello</b>\n"
                                     "  <c/>\n"
                                     "  <b k=\"v\">world</b>\n"
                                     "</a>\n");
    EXPECT_EQ(root.name, "a");
    EXPECT_EQ(root.line, 2);
    ASSERT_EQ(root.attributes.size(), 3u);
    EXPECT_EQ(root.attributes[0].name, "x");
    EXPECT_EQ(*root.attribute("y"), "two");
    EXPECT_EQ(*root.attribute("z"), "3");
    EXPECT_EQ(root.attribute("missing"), nullptr);
    ASSERT_EQ(root.children.size(), 3u);
    EXPECT_EQ(root.child("b")->text, "hello");
    EXPECT_EQ(root.child("c")->line, 4);
    EXPECT_EQ(root.childrenNamed("b").size(), 2u);
    EXPECT_EQ(*root.childrenNamed("b")[1]->attribute("k"), "v");
    EXPECT_EQ(root.child("none"), nullptr);
}

TEST(XmlReader, ReadsEntitiesCharacterReferencesAndCdata) {
    const XmlElement root = parseXml("<r a=\"&lt;&gt;&amp;&apos;&quot; &#65;&#x42;&#x1D11E;\">"
                                     "x &amp; y &#233;<![CDATA[<not> &amp; markup]]>z</r>");
    EXPECT_EQ(*root.attribute("a"), "<>&'\" AB\xF0\x9D\x84\x9E");
    EXPECT_EQ(root.text, "x & y \xC3\xA9<not> &amp; markupz");
}

TEST(XmlReader, SkipsCommentsProcessingInstructionsAndTheDoctype) {
    const XmlElement root = parseXml("<!-- before -->\n"
                                     "<?pi data?>\n"
                                     "<!DOCTYPE r [\n"
                                     "  <!ENTITY e \"not expanded\">\n"
                                     "  <!-- ] > in a comment -->\n"
                                     "  <!ATTLIST r a CDATA \">\">\n"
                                     "]>\n"
                                     "<r><!-- inside --><?target x?>text</r>\n"
                                     "<!-- after -->\n");
    EXPECT_EQ(root.name, "r");
    EXPECT_EQ(root.line, 8);
    EXPECT_EQ(root.text, "text");
}

TEST(XmlReader, PassesUtf8ThroughAndSkipsTheByteOrderMark) {
    const XmlElement root = parseXml("\xEF\xBB\xBF<r t=\"Contrat d'appui à l'État\">œ € 𝄞 中</r>");
    EXPECT_EQ(*root.attribute("t"), "Contrat d'appui à l'État");
    EXPECT_EQ(root.text, "œ € 𝄞 中");
}

TEST(XmlReader, ConvertsDeclaredLatin1AndWindows1252) {
    const XmlElement latin = parseXml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                      "<r>Etat \xC9tat caf\xE9</r>");
    EXPECT_EQ(latin.text, "Etat État café");
    const XmlElement cp = parseXml("<?xml version='1.0' encoding='windows-1252'?>"
                                   "<r>\x80 \x93quoted\x94 \x9C</r>");
    EXPECT_EQ(cp.text, "€ “quoted” œ");
}

TEST(XmlReader, NormalisesLineEndingsAndAttributeWhitespace) {
    const XmlElement root = parseXml("<r a=\"x\ty\r\nz\" b=\"&#10;kept\">one\r\ntwo\rthree</r>");
    EXPECT_EQ(*root.attribute("a"), "x y z");
    EXPECT_EQ(*root.attribute("b"), "\nkept");
    EXPECT_EQ(root.text, "one\ntwo\nthree");
}

TEST(XmlReader, CountsLinesWhateverTheLineEndings) {
    const XmlElement root = parseXml("<r>\r\n<a/>\r<b/>\n<c/></r>");
    EXPECT_EQ(root.child("a")->line, 2);
    EXPECT_EQ(root.child("b")->line, 3);
    EXPECT_EQ(root.child("c")->line, 4);
}

TEST(XmlReader, ResolvesNamespaces) {
    const XmlElement root = parseXml("<iati-activities xmlns:ct=\"urn:ext\" version=\"2.03\">"
                                     "<iati-activity xml:lang=\"fr\" ct:flag=\"1\">"
                                     "<ct:tracker ct:v=\"2\" plain=\"3\"/>"
                                     "<other:tracker xmlns:other=\"urn:ext\"/>"
                                     "<d xmlns=\"urn:default\"><e a=\"1\"/></d>"
                                     "<after/>"
                                     "</iati-activity></iati-activities>");
    EXPECT_EQ(root.namespaceUri, "");
    const XmlElement& activity = root.children.at(0);
    EXPECT_EQ(*activity.attribute(kXmlNamespace, "lang"), "fr");
    EXPECT_EQ(*activity.attribute("urn:ext", "flag"), "1");
    EXPECT_EQ(activity.attribute("flag"), nullptr);
    const auto trackers = activity.childrenNamed("urn:ext", "tracker");
    ASSERT_EQ(trackers.size(), 2u); // whatever the prefix
    EXPECT_EQ(trackers[0]->name, "ct:tracker");
    EXPECT_EQ(trackers[0]->localName, "tracker");
    EXPECT_EQ(*trackers[0]->attribute("urn:ext", "v"), "2");
    EXPECT_EQ(*trackers[0]->attribute("plain"), "3");
    const XmlElement& d = activity.children.at(2);
    EXPECT_EQ(d.namespaceUri, "urn:default");
    EXPECT_EQ(d.children.at(0).namespaceUri, "urn:default");
    EXPECT_EQ(*d.children.at(0).attribute("a"), "1");     // unprefixed attributes have no namespace
    EXPECT_EQ(activity.child("after")->namespaceUri, ""); // the default ends with <d>
    EXPECT_EQ(activity.child("d"), nullptr);              // in a namespace
}

// --- Errors: the line and the element --------------------------------------------

TEST(XmlReader, ReportsAMismatchedEndTagWithBothLines) {
    EXPECT_XML_ERROR("<a>\n<period>\n</indicator>\n</a>", 3,
                     "the end tag </indicator> does not match <period> (opened at line 2)");
}

TEST(XmlReader, ReportsAnUnclosedDocument) {
    EXPECT_XML_ERROR("<a>\n<b>\ntext", 3, "the document ends inside <b> (opened at line 2)");
    EXPECT_XML_ERROR("<a>\n<b attr=\"x", 2, "the value of attribute attr of <b> is not closed");
    EXPECT_XML_ERROR("<a>\n<b", 2, "the start tag <b is not closed");
    EXPECT_XML_ERROR("<a><!-- open", 1, "a comment in <a> is not closed");
    EXPECT_XML_ERROR("<a><![CDATA[ open", 1, "CDATA section in <a> is not closed");
}

TEST(XmlReader, ReportsEntityErrors) {
    EXPECT_XML_ERROR("<a>\n<narrative>caf&eacute;</narrative></a>", 2,
                     "the entity &eacute; in <narrative> is not defined");
    EXPECT_XML_ERROR("<a>\n<b>R&D</b></a>", 2, "a bare \"&\" in <b>");
    EXPECT_XML_ERROR("<a>&#0;</a>", 1, "U+0000");
    EXPECT_XML_ERROR("<a>&#xD800;</a>", 1, "is not an XML character");
    EXPECT_XML_ERROR("<a>&#x110000;</a>", 1, "beyond U+10FFFF");
    EXPECT_XML_ERROR("<a>&#99999999999999999999;</a>", 1, "beyond U+10FFFF");
    EXPECT_XML_ERROR("<a>&#x;</a>", 1, "malformed character reference");
    EXPECT_XML_ERROR("<a>&#12a;</a>", 1, "malformed character reference");
}

TEST(XmlReader, ReportsAttributeErrors) {
    EXPECT_XML_ERROR("<a>\n<b x=\"1\" x=\"2\"/></a>", 2, "attribute x appears twice on <b>");
    EXPECT_XML_ERROR("<a xmlns:p=\"u\" xmlns:q=\"u\"><b p:x=\"1\" q:x=\"2\"/></a>", 1,
                     "are the same attribute");
    EXPECT_XML_ERROR("<a>\n<b x=1/></a>", 2, "attribute x of <b> is not quoted");
    EXPECT_XML_ERROR("<a><b x/></a>", 1, "attribute x of <b> has no value");
    EXPECT_XML_ERROR("<a><b x=\"<\"/></a>", 1, "\"<\" in the value of attribute x of <b>");
    EXPECT_XML_ERROR("<a><b x=\"1\"y=\"2\"/></a>", 1, "<b> needs a space");
}

TEST(XmlReader, ReportsNamespaceErrors) {
    EXPECT_XML_ERROR("<a>\n<condtrack:tracker/></a>", 2,
                     "the prefix condtrack of element <condtrack:tracker> is not declared");
    EXPECT_XML_ERROR("<a><b p:x=\"1\"/></a>", 1, "the prefix p of attribute p:x of <b>");
    EXPECT_XML_ERROR("<a xmlns:p=\"\"/>", 1, "undeclares the prefix p");
    EXPECT_XML_ERROR("<a xmlns:xml=\"urn:other\"/>", 1, "reserved");
    EXPECT_XML_ERROR("<xmlns:a/>", 1, "reserved prefix xmlns");
}

TEST(XmlReader, ReportsStructureErrors) {
    EXPECT_XML_ERROR("", 1, "the document is empty");
    EXPECT_XML_ERROR("   \n  ", 2, "the document is empty");
    EXPECT_XML_ERROR("<?xml version=\"1.0\"?>\n<!-- only -->", 2, "no root element");
    EXPECT_XML_ERROR("id,title\nIND-01,x\n", 1, "this is not XML");
    EXPECT_XML_ERROR("{\"json\": true}", 1, "this is not XML");
    EXPECT_XML_ERROR("<a/>\n<b/>", 2, "a second root element <b> after <a>");
    EXPECT_XML_ERROR("<a/>\ntrailing", 2, "text after the root element <a>");
    EXPECT_XML_ERROR("<!-- c -->\ntext<a/>", 2, "text before the root element");
    EXPECT_XML_ERROR("<a>\n x ]]> y</a>", 2, "\"]]>\" in the text in <a>");
    EXPECT_XML_ERROR("<a><!-- a -- b --></a>", 1, "\"--\" inside a comment in <a>");
    EXPECT_XML_ERROR("\n<?xml version=\"1.0\"?><a/>", 2, "may only begin the document");
    EXPECT_XML_ERROR("<a><?xml x?></a>", 1, "may only begin the document");
    EXPECT_XML_ERROR("<a><!ELEMENT x></a>", 1, "unexpected \"<!\" in <a>");
    EXPECT_XML_ERROR("<a><1b/></a>", 1, "\"1b\" is not a valid element name in <a>");
    EXPECT_XML_ERROR("<a></ b></a>", 1, "expected element name in an end tag in <a>");
    EXPECT_XML_ERROR("<!DOCTYPE a [ <!ENTITY x \"y\"> <a/>", 1, "the DOCTYPE is not closed");
    EXPECT_XML_ERROR("<!DOCTYPE a><!DOCTYPE a><a/>", 1, "a second DOCTYPE");
}

TEST(XmlReader, ReportsEncodingErrorsWithTheElement) {
    EXPECT_XML_ERROR("<a>\n<narrative>caf\xE9</narrative></a>", 2,
                     "in <narrative>: byte 0xE9 is not valid UTF-8");
    EXPECT_XML_ERROR("<a>\n\n<b x=\"\x01\"/></a>", 3, "in <b>: the character U+0001");
    EXPECT_XML_ERROR("\xE9<a/>", 1, "byte 0xE9 is not valid UTF-8");
    EXPECT_XML_ERROR("\xFF\xFE<\0a\0/\0>\0", 1, "UTF-16");
    EXPECT_XML_ERROR(std::string("<\0a\0/\0>\0", 8), 1, "UTF-16");
    EXPECT_XML_ERROR("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>", 1,
                     "encoding Shift_JIS, which is not supported: save it as UTF-8");
    EXPECT_XML_ERROR("<?xml version=\"2.0\"?><a/>", 1, "XML version 2.0 is not supported");
    EXPECT_XML_ERROR("<?xml encoding=\"UTF-8\"?><a/>", 1, "has no version");
    EXPECT_XML_ERROR("<?xml version=\"1.0\" <a/>", 1, "is not closed");
    EXPECT_XML_ERROR("<?xml version='1.0' encoding='windows-1252'?><a>\x81</a>", 1,
                     "byte 0x81 has no meaning in windows-1252");
}

// --- Limits and hostile input ----------------------------------------------------

TEST(XmlReader, RefusesNestingDeeperThanTheLimitWithoutCrashing) {
    std::string deep;
    for (int i = 0; i < 200'000; ++i)
        deep += "<d>";
    const XmlError e = errorOf(deep);
    EXPECT_NE(std::string(e.what()).find("<d> is nested deeper than 256 levels"), std::string::npos)
        << e.what();
    XmlLimits limits;
    limits.maxDepth = 3;
    EXPECT_NO_THROW(parseXml("<a><b><c/></b></a>", limits));
    EXPECT_THROW(parseXml("<a><b><c><d/></c></b></a>", limits), XmlError);
}

TEST(XmlReader, EnforcesTheSizeElementAndAttributeLimits) {
    XmlLimits limits;
    limits.maxBytes = 10;
    EXPECT_NE(std::string(errorOf("<a>0123456789</a>", limits).what()).find("larger than 10 bytes"),
              std::string::npos);
    limits = {};
    limits.maxElements = 3;
    EXPECT_NO_THROW(parseXml("<a><b/><c/></a>", limits));
    EXPECT_NE(
        std::string(errorOf("<a><b/><c/><d/></a>", limits).what()).find("more than 3 elements"),
        std::string::npos);
    limits = {};
    limits.maxAttributes = 2;
    EXPECT_NO_THROW(parseXml("<a x=\"1\" y=\"2\"/>", limits));
    EXPECT_NE(std::string(errorOf("<a x=\"1\" y=\"2\" z=\"3\"/>", limits).what())
                  .find("<a> has more than 2 attributes"),
              std::string::npos);
}

TEST(XmlReader, DoesNotExpandDeclaredEntities) {
    // The "billion laughs": declared entities are never expanded.
    std::string doc = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i)
        doc += "<!ENTITY lol" + std::to_string(i) + " \"&lol" + std::to_string(i - 1) + ";&lol" +
               std::to_string(i - 1) + ";\">";
    doc += "]>\n<lolz>&lol9;</lolz>";
    EXPECT_XML_ERROR(doc, 2, "the entity &lol9; in <lolz> is not defined");
}

TEST(XmlReader, ManyNamespaceDeclarationsStayFast) {
    // Bindings are looked up in constant time, however many are in scope.
    std::string doc = "<r xmlns:a=\"urn:a\">";
    for (int depth = 0; depth < 200; ++depth) {
        doc += "<n";
        for (int k = 0; k < 200; ++k)
            doc += " xmlns:p" + std::to_string(k) + "=\"urn:" + std::to_string(k) + "\"";
        doc += ">";
    }
    for (int i = 0; i < 50'000; ++i)
        doc += "<a:x/>";
    for (int depth = 0; depth < 200; ++depth)
        doc += "</n>";
    doc += "</r>";
    const auto start = std::chrono::steady_clock::now();
    XmlLimits limits;
    limits.maxAttributes = 300;
    const XmlElement root = parseXml(doc, limits);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 5.0);
    const XmlElement* n = &root;
    while (!n->children.empty() && n->children.front().localName == "n")
        n = &n->children.front();
    ASSERT_EQ(n->children.size(), 50'000u);
    EXPECT_EQ(n->children.back().namespaceUri, "urn:a");
}

TEST(XmlReader, EveryTruncationOfADocumentFailsCleanly) {
    const std::string doc =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE r>\n"
        "<r xmlns:c=\"urn:c\" a='1'><!-- c --><?p x?><b c:x=\"&lt;é&#x20;\">t&amp;<![CDATA[d]]></b>"
        "<c:e/></r>";
    ASSERT_NO_THROW(parseXml(doc));
    for (std::size_t n = 0; n < doc.size(); ++n) {
        try {
            parseXml(doc.substr(0, n));
            ADD_FAILURE() << "a truncation to " << n << " bytes parsed";
        } catch (const XmlError& e) {
            EXPECT_GE(e.line(), 1);
        }
    }
}

TEST(XmlReader, RandomMutationsNeverCrash) {
    const std::string doc =
        "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\" xmlns:c=\"urn:c\">"
        "<iati-activity xml:lang=\"en\"><title><narrative>T &amp; é</narrative></title>"
        "<result type=\"2\"><indicator measure=\"1\"><period><target value=\"1\"/></period>"
        "<c:indicator id=\"IND-01\"/></indicator></result><![CDATA[x]]><!-- c --></iati-activity>"
        "</iati-activities>\n";
    std::mt19937 random(20240501u);
    const char alphabet[] = "<>/&;#x\"'=![]?-:aé \n\r\t\0\xFF";
    std::size_t parsed = 0, failed = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string mutated = doc;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int k = 0; k < edits; ++k) {
            const std::size_t at = random() % mutated.size();
            const char c = alphabet[random() % (sizeof alphabet - 1)];
            switch (random() % 3) {
            case 0: mutated[at] = c; break;
            case 1: mutated.insert(mutated.begin() + static_cast<std::ptrdiff_t>(at), c); break;
            default: mutated.erase(at, 1 + random() % 8); break;
            }
        }
        try {
            parseXml(mutated);
            ++parsed;
        } catch (const XmlError& e) {
            EXPECT_GE(e.line(), 1);
            ++failed;
        }
    }
    EXPECT_GT(failed, 0u);
    EXPECT_GT(parsed + failed, 0u);
}
