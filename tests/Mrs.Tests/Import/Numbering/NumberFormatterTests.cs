using Mrs.Import.Docx.Numbering;

namespace Mrs.Tests.Import.Numbering;

public class NumberFormatterTests
{
    [Theory]
    [InlineData("decimal", 1, "1")]
    [InlineData("decimal", 0, "0")]
    [InlineData("decimal", 1234, "1234")]
    [InlineData("decimal", -3, "-3")]
    [InlineData("decimalHalfWidth", 12, "12")]
    [InlineData("decimalZero", 1, "01")]
    [InlineData("decimalZero", 9, "09")]
    [InlineData("decimalZero", 10, "10")]
    [InlineData("decimalZero", 123, "123")]
    [InlineData("decimalFullWidth", 12, "１２")]
    [InlineData("decimalFullWidth2", 7, "７")]
    [InlineData("none", 5, "")]
    [InlineData("bullet", 5, "")]
    [InlineData("noSuchFormat", 7, "7")]
    [InlineData(null, 7, "7")]
    [InlineData("", 7, "7")]
    public void Decimal_family_none_bullet_and_unknown_formats(string? numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    [InlineData("upperLetter", 1, "A")]
    [InlineData("upperLetter", 26, "Z")]
    [InlineData("upperLetter", 27, "AA")]
    [InlineData("upperLetter", 28, "BB")]
    [InlineData("upperLetter", 52, "ZZ")]
    [InlineData("upperLetter", 53, "AAA")]
    [InlineData("lowerLetter", 1, "a")]
    [InlineData("lowerLetter", 27, "aa")]
    [InlineData("lowerLetter", 0, "0")]
    [InlineData("russianLower", 1, "а")]
    [InlineData("russianLower", 9, "и")]
    [InlineData("russianLower", 10, "к")]
    [InlineData("russianLower", 29, "аа")]
    [InlineData("russianUpper", 2, "Б")]
    public void Letters_repeat_after_the_end_of_the_alphabet(string numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    [InlineData("upperRoman", 1, "I")]
    [InlineData("upperRoman", 4, "IV")]
    [InlineData("upperRoman", 9, "IX")]
    [InlineData("upperRoman", 14, "XIV")]
    [InlineData("upperRoman", 40, "XL")]
    [InlineData("upperRoman", 90, "XC")]
    [InlineData("upperRoman", 400, "CD")]
    [InlineData("upperRoman", 1994, "MCMXCIV")]
    [InlineData("upperRoman", 3999, "MMMCMXCIX")]
    [InlineData("lowerRoman", 4, "iv")]
    [InlineData("lowerRoman", 19, "xix")]
    [InlineData("lowerRoman", 0, "0")]
    public void Roman_numerals(string numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    [InlineData("ordinal", 1, "1st")]
    [InlineData("ordinal", 2, "2nd")]
    [InlineData("ordinal", 3, "3rd")]
    [InlineData("ordinal", 4, "4th")]
    [InlineData("ordinal", 11, "11th")]
    [InlineData("ordinal", 12, "12th")]
    [InlineData("ordinal", 13, "13th")]
    [InlineData("ordinal", 21, "21st")]
    [InlineData("ordinal", 102, "102nd")]
    [InlineData("ordinal", 111, "111th")]
    [InlineData("cardinalText", 1, "One")]
    [InlineData("cardinalText", 12, "Twelve")]
    [InlineData("cardinalText", 21, "Twenty-one")]
    [InlineData("cardinalText", 100, "One hundred")]
    [InlineData("cardinalText", 101, "One hundred one")]
    [InlineData("cardinalText", 2345, "Two thousand three hundred forty-five")]
    [InlineData("ordinalText", 1, "First")]
    [InlineData("ordinalText", 2, "Second")]
    [InlineData("ordinalText", 3, "Third")]
    [InlineData("ordinalText", 5, "Fifth")]
    [InlineData("ordinalText", 8, "Eighth")]
    [InlineData("ordinalText", 9, "Ninth")]
    [InlineData("ordinalText", 12, "Twelfth")]
    [InlineData("ordinalText", 20, "Twentieth")]
    [InlineData("ordinalText", 21, "Twenty-first")]
    [InlineData("ordinalText", 100, "One hundredth")]
    [InlineData("hex", 255, "FF")]
    [InlineData("chicago", 1, "*")]
    [InlineData("chicago", 2, "†")]
    [InlineData("chicago", 4, "§")]
    [InlineData("chicago", 5, "**")]
    [InlineData("numberInDash", 3, "- 3 -")]
    public void English_text_and_symbol_formats(string numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    [InlineData("decimalEnclosedCircle", 1, "①")]
    [InlineData("decimalEnclosedCircle", 10, "⑩")]
    [InlineData("decimalEnclosedCircle", 20, "⑳")]
    [InlineData("decimalEnclosedCircle", 21, "21")]
    [InlineData("decimalEnclosedCircle", 0, "0")]
    [InlineData("decimalEnclosedCircleChinese", 3, "③")]
    [InlineData("decimalEnclosedParen", 1, "⑴")]
    [InlineData("decimalEnclosedParen", 20, "⒇")]
    [InlineData("decimalEnclosedFullstop", 1, "⒈")]
    [InlineData("decimalEnclosedFullstop", 20, "⒛")]
    [InlineData("ideographEnclosedCircle", 1, "㈠")]
    [InlineData("ideographEnclosedCircle", 10, "㈩")]
    [InlineData("ideographEnclosedCircle", 11, "11")]
    public void Enclosed_numbers(string numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    // chineseCounting: 十-based up to 99, then digit by digit (as Word draws it)
    [InlineData("chineseCounting", 1, "一")]
    [InlineData("chineseCounting", 9, "九")]
    [InlineData("chineseCounting", 10, "十")]
    [InlineData("chineseCounting", 11, "十一")]
    [InlineData("chineseCounting", 19, "十九")]
    [InlineData("chineseCounting", 20, "二十")]
    [InlineData("chineseCounting", 21, "二十一")]
    [InlineData("chineseCounting", 99, "九十九")]
    [InlineData("chineseCounting", 100, "一○○")]
    [InlineData("chineseCounting", 105, "一○五")]
    [InlineData("chineseCounting", 0, "0")]
    // chineseCountingThousand: with 百/千/万 and 〇 for skipped places
    [InlineData("chineseCountingThousand", 1, "一")]
    [InlineData("chineseCountingThousand", 10, "十")]
    [InlineData("chineseCountingThousand", 11, "十一")]
    [InlineData("chineseCountingThousand", 20, "二十")]
    [InlineData("chineseCountingThousand", 100, "一百")]
    [InlineData("chineseCountingThousand", 101, "一百〇一")]
    [InlineData("chineseCountingThousand", 110, "一百一十")]
    [InlineData("chineseCountingThousand", 111, "一百一十一")]
    [InlineData("chineseCountingThousand", 1000, "一千")]
    [InlineData("chineseCountingThousand", 1001, "一千〇一")]
    [InlineData("chineseCountingThousand", 1010, "一千〇一十")]
    [InlineData("chineseCountingThousand", 1100, "一千一百")]
    [InlineData("chineseCountingThousand", 10000, "一万")]
    [InlineData("chineseCountingThousand", 10001, "一万〇一")]
    [InlineData("chineseCountingThousand", 100000, "十万")]
    [InlineData("chineseCountingThousand", 110000, "十一万")]
    [InlineData("chineseCountingThousand", 11000001, "一千一百万〇一")]
    // formal (legal) forms
    [InlineData("chineseLegalSimplified", 1, "壹")]
    [InlineData("chineseLegalSimplified", 2, "贰")]
    [InlineData("chineseLegalSimplified", 3, "叁")]
    [InlineData("chineseLegalSimplified", 10, "壹拾")]
    [InlineData("chineseLegalSimplified", 11, "壹拾壹")]
    [InlineData("chineseLegalSimplified", 20, "贰拾")]
    [InlineData("chineseLegalSimplified", 101, "壹佰零壹")]
    [InlineData("chineseLegalSimplified", 1000, "壹仟")]
    [InlineData("ideographLegalTraditional", 2, "貳")]
    [InlineData("ideographLegalTraditional", 10000, "壹萬")]
    [InlineData("taiwaneseCounting", 10, "十")]
    [InlineData("taiwaneseCounting", 101, "一百零一")]
    [InlineData("taiwaneseCountingThousand", 10000, "一萬")]
    // stems, branches, digits
    [InlineData("ideographTraditional", 1, "甲")]
    [InlineData("ideographTraditional", 2, "乙")]
    [InlineData("ideographTraditional", 4, "丁")]
    [InlineData("ideographTraditional", 10, "癸")]
    [InlineData("ideographTraditional", 11, "11")]
    [InlineData("ideographZodiac", 1, "子")]
    [InlineData("ideographZodiac", 3, "寅")]
    [InlineData("ideographZodiac", 12, "亥")]
    [InlineData("ideographZodiac", 13, "13")]
    [InlineData("ideographZodiacTraditional", 1, "甲子")]
    [InlineData("ideographZodiacTraditional", 11, "甲戌")]
    [InlineData("ideographZodiacTraditional", 60, "癸亥")]
    [InlineData("ideographDigital", 1, "一")]
    [InlineData("ideographDigital", 10, "一〇")]
    [InlineData("ideographDigital", 2024, "二〇二四")]
    [InlineData("taiwaneseDigital", 305, "三〇五")]
    public void Chinese_formats(string numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    [InlineData("japaneseCounting", 1, "一")]
    [InlineData("japaneseCounting", 10, "十")]
    [InlineData("japaneseCounting", 11, "十一")]
    [InlineData("japaneseCounting", 100, "百")]
    [InlineData("japaneseCounting", 110, "百十")]
    [InlineData("japaneseCounting", 111, "百十一")]
    [InlineData("japaneseCounting", 1000, "千")]
    [InlineData("japaneseCounting", 2345, "二千三百四十五")]
    [InlineData("japaneseCounting", 10000, "一万")]
    [InlineData("japaneseCounting", 10001, "一万一")]
    [InlineData("japaneseLegal", 1, "壱")]
    [InlineData("japaneseLegal", 10, "壱拾")]
    [InlineData("japaneseLegal", 12, "壱拾弐")]
    [InlineData("aiueoFullWidth", 1, "ア")]
    [InlineData("aiueoFullWidth", 6, "カ")]
    [InlineData("aiueo", 1, "ｱ")]
    [InlineData("irohaFullWidth", 1, "イ")]
    [InlineData("irohaFullWidth", 3, "ハ")]
    [InlineData("iroha", 2, "ﾛ")]
    [InlineData("koreanDigital", 1, "일")]
    [InlineData("koreanDigital", 10, "십")]
    [InlineData("koreanDigital", 11, "십일")]
    [InlineData("koreanDigital", 20, "이십")]
    [InlineData("koreanDigital", 100, "백")]
    [InlineData("koreanDigital", 10000, "만")]
    [InlineData("koreanCounting", 1, "하나")]
    [InlineData("koreanCounting", 10, "열")]
    [InlineData("koreanCounting", 21, "스물하나")]
    [InlineData("ganada", 1, "가")]
    [InlineData("ganada", 14, "하")]
    [InlineData("ganada", 15, "가")]
    [InlineData("chosung", 2, "ㄴ")]
    [InlineData("thaiNumbers", 12, "๑๒")]
    [InlineData("hindiNumbers", 12, "१२")]
    public void Japanese_Korean_and_other_scripts(string numFmt, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, numFmt));

    [Theory]
    [InlineData("001, 002, 003, ...", 7, "007")]
    [InlineData("001, 002, 003, ...", 1234, "1234")]
    [InlineData("01, 02, 03, ...", 3, "03")]
    [InlineData("０１, ０２, ０３, ...", 4, "０４")]
    [InlineData("一, 二, 三, ...", 4, "4")]
    [InlineData(null, 4, "4")]
    public void Custom_formats_pad_zero_decimals_and_otherwise_fall_back_to_decimal(string? format, int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, "custom", format));

    [Fact]
    public void Every_value_of_every_supported_format_is_non_empty()
    {
        string[] formats =
        [
            "decimal", "decimalZero", "upperLetter", "lowerLetter", "upperRoman", "lowerRoman", "ordinal", "cardinalText", "ordinalText",
            "decimalFullWidth", "decimalHalfWidth", "decimalEnclosedCircle", "decimalEnclosedParen", "decimalEnclosedFullstop",
            "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "ideographZodiac",
            "ideographDigital", "japaneseCounting", "taiwaneseCounting", "koreanDigital", "ganada",
        ];
        foreach (var f in formats)
        {
            for (var v = 1; v <= 12_000; v += 7)
            {
                Assert.False(string.IsNullOrEmpty(NumberFormatter.Format(v, f)), $"{f} {v}");
            }
        }
    }

    [Theory]
    [InlineData("lowerLetter")]
    [InlineData("upperLetter")]
    [InlineData("lowerRoman")]
    [InlineData("upperRoman")]
    [InlineData("chicago")]
    [InlineData("russianLower")]
    [InlineData("russianUpper")]
    [InlineData("cardinalText")]
    [InlineData("ordinalText")]
    public void Huge_values_are_written_in_decimal_instead_of_growing_without_bound(string numFmt)
    {
        Assert.Equal("2147483647", NumberFormatter.Format(int.MaxValue, numFmt));
        Assert.True(NumberFormatter.Format(32767, numFmt).Length <= NumberFormatter.MaxLength);
    }

    [Fact]
    public void Repeated_letters_stay_letters_up_to_the_length_bound()
    {
        Assert.Equal(new string('z', 64), NumberFormatter.Format(26 * 64, "lowerLetter"));
        Assert.Equal((26 * 64 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), NumberFormatter.Format(26 * 64 + 1, "lowerLetter"));
        Assert.Equal("MMMMMMMMMMCMXCIX", NumberFormatter.Format(10999, "upperRoman"));
    }

    [Fact]
    public void A_custom_format_wider_than_the_bound_is_written_in_decimal()
    {
        Assert.Equal("7", NumberFormatter.Format(7, "custom", new string('0', 100_000) + "1, " + new string('0', 100_000) + "2, ..."));
        Assert.Equal("007", NumberFormatter.Format(7, "custom", "001, 002, 003, ..."));
    }
}
