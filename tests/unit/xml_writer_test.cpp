// The XML writer (src/core/xml_writer.hpp): escaping, attribute order,
// indentation, and refusing what XML cannot carry.

#include "rules/errors.hpp"
#include "xml/reader.hpp"
#include "xml/writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

using namespace condtrack;

namespace {

XmlWriter bare() {
    XmlWriter::Options options;
    options.declaration = false;
    return XmlWriter(options);
}

} // namespace

TEST(XmlWriter, WritesTheDeclarationIndentationAndSelfClosingElements) {
    XmlWriter w;
    w.open("a").attribute("x", "1");
    w.open("b").text("text").close();
    w.open("c").close();
    w.open("d");
    w.open("e").attribute("y", "2").close();
    w.close();
    w.close();
    EXPECT_EQ(w.finish(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<a x=\"1\">\n"
                          "  <b>text</b>\n"
                          "  <c/>\n"
                          "  <d>\n"
                          "    <e y=\"2\"/>\n"
                          "  </d>\n"
                          "</a>\n");
}

TEST(XmlWriter, KeepsAttributesInTheOrderGiven) {
    XmlWriter w = bare();
    w.open("r").attribute("z", "1").attribute("a", "2").attribute("m:k", "3").close();
    EXPECT_EQ(w.finish(), "<r z=\"1\" a=\"2\" m:k=\"3\"/>\n");
}

TEST(XmlWriter, EscapesTextAndAttributes) {
    XmlWriter w = bare();
    w.open("r")
        .attribute("v", "a&b<c>d\"e'f\tg\nh\ri")
        .text("1 < 2 && 3 > 2 \"q\" ']]>'\r\n")
        .close();
    EXPECT_EQ(w.finish(), "<r v=\"a&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i\">"
                          "1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" ']]&gt;'&#13;\n</r>\n");
}

TEST(XmlWriter, PassesUtf8Through) {
    XmlWriter w = bare();
    w.open("r").attribute("fr", "Contrat d'appui à l'État").text("œ € 𝄞 中").close();
    EXPECT_EQ(w.finish(), "<r fr=\"Contrat d'appui à l'État\">œ € 𝄞 中</r>\n");
}

TEST(XmlWriter, WhatItWritesReadsBackUnchanged) {
    const std::string nasty = "a&b<c>d\"e'f\tg\nh\r\ni ]]> &amp; é 𝄞 \r";
    XmlWriter w;
    w.open("r").attribute("v", nasty);
    w.open("t").text(nasty).close();
    w.close();
    const XmlElement root = parseXml(w.finish());
    ASSERT_NE(root.attribute("v"), nullptr);
    EXPECT_EQ(*root.attribute("v"), nasty);
    ASSERT_EQ(root.children.size(), 1u);
    EXPECT_EQ(root.children[0].text, nasty);
}

TEST(XmlWriter, RefusesWhatXmlCannotCarry) {
    {
        XmlWriter w = bare();
        w.open("narrative");
        try {
            w.text(std::string("bell\x07"));
            FAIL() << "no error";
        } catch (const InvalidArgument& e) {
            EXPECT_NE(std::string(e.what()).find("<narrative>"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("U+0007"), std::string::npos) << e.what();
        }
    }
    {
        XmlWriter w = bare();
        w.open("document-link");
        try {
            w.attribute("url", std::string("caf\xE9"));
            FAIL() << "no error";
        } catch (const InvalidArgument& e) {
            EXPECT_NE(std::string(e.what()).find("attribute url of <document-link>"),
                      std::string::npos)
                << e.what();
            EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos) << e.what();
        }
    }
    XmlWriter w = bare();
    w.open("r");
    EXPECT_THROW(w.text(std::string("nul\0", 4)), InvalidArgument);
    EXPECT_THROW(w.text("\xED\xA0\x80"), InvalidArgument);     // a surrogate
    EXPECT_THROW(w.text("\xC0\xAF"), InvalidArgument);         // overlong
    EXPECT_THROW(w.text("\xEF\xBF\xBF"), InvalidArgument);     // U+FFFF
    EXPECT_THROW(w.text("\xF4\x90\x80\x80"), InvalidArgument); // beyond U+10FFFF
}

TEST(XmlWriter, RefusesBadNamesAndDuplicateAttributes) {
    XmlWriter w = bare();
    EXPECT_THROW(w.open("1abc"), InvalidArgument);
    EXPECT_THROW(w.open("a b"), InvalidArgument);
    EXPECT_THROW(w.open(""), InvalidArgument);
    EXPECT_THROW(w.open("a:b:c"), InvalidArgument);
    EXPECT_THROW(w.open(":a"), InvalidArgument);
    w.open("ok");
    w.attribute("x", "1");
    EXPECT_THROW(w.attribute("x", "2"), InvalidArgument);
    EXPECT_THROW(w.attribute("bad name", "2"), InvalidArgument);
    EXPECT_THROW(w.attribute("a<b", "2"), InvalidArgument);
    EXPECT_TRUE(isXmlName("condtrack:tranche-year"));
    EXPECT_TRUE(isXmlName("_x.y-z9"));
    EXPECT_TRUE(isXmlName("été"));
    EXPECT_FALSE(isXmlName("-x"));
    EXPECT_FALSE(isXmlName("x:"));
}

TEST(XmlWriter, RefusesMisplacedContent) {
    {
        XmlWriter w = bare();
        w.open("r").open("c").close();
        EXPECT_THROW(w.text("mixed"), InvalidArgument);
        EXPECT_THROW(w.attribute("late", "1"), InvalidArgument);
    }
    {
        XmlWriter w = bare();
        w.open("r").text("x");
        EXPECT_THROW(w.open("c"), InvalidArgument);
    }
    {
        XmlWriter w = bare();
        w.open("r").close();
        EXPECT_THROW(w.open("second"), InvalidArgument);
        EXPECT_THROW(w.close(), InvalidArgument);
        EXPECT_THROW(w.text("after"), InvalidArgument);
    }
    {
        XmlWriter w = bare();
        w.open("r").open("unclosed");
        EXPECT_THROW(w.finish(), InvalidArgument);
    }
    XmlWriter empty = bare();
    EXPECT_THROW(empty.finish(), InvalidArgument);
}

TEST(XmlWriter, WritesComments) {
    XmlWriter w = bare();
    w.comment("generated").open("r").comment("inside").close();
    EXPECT_EQ(w.finish(), "<!--generated-->\n<r>\n  <!--inside-->\n</r>\n");
    XmlWriter bad = bare();
    EXPECT_THROW(bad.comment("a -- b"), InvalidArgument);
    EXPECT_THROW(bad.comment("ends-"), InvalidArgument);
}

TEST(XmlWriter, EmptyTextLeavesTheElementEmpty) {
    XmlWriter w = bare();
    w.element("r", "");
    EXPECT_EQ(w.finish(), "<r/>\n");
}

TEST(XmlWriter, IndentationIsConfigurable) {
    XmlWriter::Options options;
    options.declaration = false;
    options.indent = 0;
    XmlWriter w(options);
    w.open("a").element("b", "x").close();
    EXPECT_EQ(w.finish(), "<a>\n<b>x</b>\n</a>\n");
    options.indent = -1;
    EXPECT_THROW(XmlWriter{options}, InvalidArgument);
}

TEST(XmlDecimal, IsTheShortestExactTextWithoutExponent) {
    EXPECT_EQ(xmlDecimal(14'000'000.0), "14000000");
    EXPECT_EQ(xmlDecimal(0.5), "0.5");
    EXPECT_EQ(xmlDecimal(-3.25), "-3.25");
    EXPECT_EQ(xmlDecimal(0.0), "0");
    EXPECT_EQ(xmlDecimal(-0.0), "0");
    EXPECT_EQ(xmlDecimal(1e-7), "0.0000001");
    EXPECT_EQ(xmlDecimal(1e21), "1000000000000000000000");
    EXPECT_EQ(xmlDecimal(14.6), "14.6");
    const double paid = 14'000'000.0 * 9.0 / 13.0;
    EXPECT_EQ(std::stod(xmlDecimal(paid)), paid);
    EXPECT_EQ(xmlDecimal(paid).find('e'), std::string::npos);
    EXPECT_THROW(xmlDecimal(std::numeric_limits<double>::quiet_NaN()), InvalidArgument);
    EXPECT_THROW(xmlDecimal(std::numeric_limits<double>::infinity()), InvalidArgument);
}
